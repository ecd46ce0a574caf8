// Shared by every page: the API helper (JSON, CSRF token, errors naming the field) and the account line.
'use strict';
const backcrack = (() => {
  let accountPromise = null;

  function account(refresh) {
    if (!accountPromise || refresh) {
      accountPromise = fetch('/api/v1/account', {credentials: 'same-origin'}).then(r => r.json());
    }
    return accountPromise;
  }

  /** Calls the API; resolves to {status, body} and rejects with the JSON error {error, field, message, status}. */
  async function api(method, path, body, contentType) {
    const headers = {};
    if (method !== 'GET') {
      headers['X-CSRF-Token'] = (await account()).csrf;
    }
    let payload;
    if (body instanceof Blob || body instanceof ArrayBuffer) {
      payload = body;
      headers['Content-Type'] = contentType || 'application/octet-stream';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
    const r = await fetch(path, {method, headers, body: payload, credentials: 'same-origin'});
    const type = r.headers.get('Content-Type') || '';
    const data = r.status === 204 ? null : type.includes('json') ? await r.json() : await r.blob();
    if (!r.ok) {
      const err = data && data.error ? data : {error: 'http.' + r.status, field: null, message: 'The server answered ' + r.status + '.'};
      err.status = r.status;
      throw err;
    }
    return {status: r.status, body: data};
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function showError(container, err) {
    const unavailable = err.status === 503;
    container.replaceChildren(el('div', {class: unavailable ? 'notice' : 'error-box', role: 'alert'},
      el('strong', {text: unavailable ? 'Not available yet: ' : 'Something needs fixing: '}), err.message || String(err),
      err.field ? el('div', {text: 'Field: ' + err.field}) : null));
  }

  async function showAccount() {
    const line = document.getElementById('account');
    if (!line) return;
    const a = await account();
    if (a.mode === 'local') {
      line.textContent = 'Local mode';
    } else if (a.user) {
      line.replaceChildren('Signed in as ' + a.user.username + ' ',
        el('button', {class: 'secondary', type: 'button', id: 'logout', onclick: async () => {
          await api('POST', '/api/v1/account/logout');
          location.href = '/login.html';
        }}, 'Log out'));
    } else {
      line.replaceChildren(el('a', {href: '/login.html', text: 'Log in'}));
    }
  }

  const CLASS_LABELS = {cavitation: 'Cavitation (pop)', soft_tissue_snap: 'Soft-tissue snap', crepitus: 'Crepitus (grating)'};
  const CLASS_COLOURS = {cavitation: '#1f77b4', soft_tissue_snap: '#d62728', crepitus: '#2ca02c'};

  function today() {
    const d = new Date();
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
  }

  document.addEventListener('DOMContentLoaded', () => {
    showAccount().catch(() => {});
    for (const a of document.querySelectorAll('header.site a')) {
      if (a.getAttribute('href') === location.pathname || (location.pathname === '/' && a.getAttribute('href') === '/index.html')) {
        a.setAttribute('aria-current', 'page');
      }
    }
  });

  return {api, account, el, showError, CLASS_LABELS, CLASS_COLOURS, today};
})();
