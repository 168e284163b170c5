// Progressive enhancement only: every page works without it. It keeps the bell's count, shows notifications as they
// arrive (announced to screen readers), and refreshes the team's queue in place. No inline script: the CSP forbids it.
(function () {
  'use strict';
  var count = document.getElementById('bell-count');
  var words = document.getElementById('bell-words');
  var note = document.getElementById('live-note');
  var queue = document.getElementById('queue');

  function showUnread(unread) {
    if (!count) { return; }
    count.textContent = unread > 99 ? '99+' : String(unread);
    count.hidden = unread === 0;
    if (words) { words.textContent = unread === 0 ? '，没有未读' : '，' + unread + ' 条未读'; }
  }

  // "JavaScript": when the session has ended the console answers 499 instead of sending the call to the login page
  var AJAX = { 'X-Requested-With': 'JavaScript' };

  function loggedOut(response) {
    if (response.status === 499 || response.type === 'opaqueredirect') {
      tell({ title: '登录已过期', body: '请刷新页面重新登录，刚才的页面内容不会丢失。' });
      return true;
    }
    return false;
  }

  function refreshBell() {
    fetch('/inbox/unread', { headers: Object.assign({ 'Accept': 'application/json' }, AJAX), credentials: 'same-origin', redirect: 'manual' })
      .then(function (r) { return r.ok ? r.json() : (loggedOut(r), null); })
      .then(function (body) { if (body) { showUnread(body.unread); } })
      .catch(function () { /* the bell stays as it was; the inbox page is always there */ });
  }

  function refreshQueue() {
    if (!queue) { return; }
    fetch(queue.getAttribute('data-refresh'), { headers: Object.assign({ 'Accept': 'text/html' }, AJAX), credentials: 'same-origin', redirect: 'manual' })
      .then(function (r) { return r.ok ? r.text() : (loggedOut(r), null); })
      .then(function (html) {
        if (html === null) { return; }
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        var lanes = parsed.querySelector('.lanes');
        if (lanes) { queue.replaceChildren(document.adoptNode(lanes)); }
      })
      .catch(function () { /* keep what is shown */ });
  }

  function tell(notification) {
    if (!note) { return; }
    note.textContent = '';
    var title = document.createElement('strong');
    title.textContent = notification.title || '新消息';
    var body = document.createElement('p');
    body.textContent = notification.body || '';
    note.appendChild(title);
    note.appendChild(body);
    note.hidden = false;
    window.clearTimeout(tell.timer);
    tell.timer = window.setTimeout(function () { note.hidden = true; }, 8000);
  }

  if (!count) { return; }
  refreshBell();
  if (!window.EventSource) { return; }
  var source = new EventSource('/live');
  source.addEventListener('notification', function (event) {
    var notification = {};
    try { notification = JSON.parse(event.data); } catch (e) { /* show a plain note */ }
    tell(notification);
    refreshBell();
    refreshQueue();
  });
  source.addEventListener('open', function () { document.body.setAttribute('data-live', 'open'); });
})();
