// Renders the OpenAPI document: each path and method with its summary, parameters, request body and responses.
'use strict';
(() => {
  const {api, el, showError} = backcrack;
  document.addEventListener('DOMContentLoaded', async () => {
    try {
      const doc = (await api('GET', '/api/openapi.json')).body;
      const out = [el('p', {text: doc.info.title + ' ' + doc.info.version + '. ' + (doc.info.description || '')})];
      for (const [path, ops] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(ops)) {
          const params = (op.parameters || []).map(p => el('li', {}, el('code', {text: p.name}), ' (' + p.in + (p.required ? ', required' : '') + '): ' + (p.description || '')));
          const responses = Object.entries(op.responses || {}).map(([code, r]) => el('li', {}, el('code', {text: code}), ' ' + r.description));
          const body = op.requestBody ? el('p', {}, el('strong', {text: 'Body: '}), Object.keys(op.requestBody.content).join(', ') + '. ' + (op.requestBody.description || '')) : null;
          out.push(el('section', {class: 'endpoint', id: (method + path).replace(/[^a-z0-9]+/gi, '-')},
            el('h2', {}, el('span', {class: 'method', text: method.toUpperCase()}), ' ', el('code', {text: path})),
            el('p', {text: op.summary + (op.description ? ' ' + op.description : '')}),
            params.length ? el('div', {}, el('strong', {text: 'Parameters'}), el('ul', {}, params)) : null,
            body,
            el('div', {}, el('strong', {text: 'Responses'}), el('ul', {}, responses))));
        }
      }
      document.getElementById('openapi').replaceChildren(...out);
    } catch (err) {
      showError(document.getElementById('errors'), err);
    }
  });
})();
