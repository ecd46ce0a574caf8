'use strict';
(() => {
  const {api, showError} = backcrack;
  async function send(path) {
    const body = {username: document.getElementById('username').value, password: document.getElementById('password').value};
    try {
      await api('POST', path, body);
      location.href = '/journal.html';
    } catch (err) {
      showError(document.getElementById('errors'), err);
    }
  }
  document.addEventListener('DOMContentLoaded', async () => {
    const a = await backcrack.account();
    if (a.mode === 'local') {
      document.getElementById('login-form').replaceChildren(backcrack.el('p', {text: 'This server runs in local mode: there is one user and no login.'}));
      return;
    }
    document.getElementById('login-form').addEventListener('submit', ev => { ev.preventDefault(); send('/api/v1/account/login'); });
    document.getElementById('register').addEventListener('click', () => send('/api/v1/account/register'));
  });
})();
