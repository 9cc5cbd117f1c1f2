(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('error', function (e) { root.setAttribute('data-parallax-error', String(e.message || e)); });

  var MAX = 3;
  function all(selector, scope) { return Array.prototype.slice.call((scope || document).querySelectorAll(selector)); }
  function byId(id) { return document.getElementById(id); }
  function ids(value) { return (value || '').split(' ').filter(function (x) { return x.length > 0; }); }
  function clear(cls) { all('.' + cls).forEach(function (el) { el.classList.remove(cls); }); }
  function articleOf(el) { var col = el && el.closest ? el.closest('.col') : null; return col ? col.getAttribute('data-article') : null; }

  // dates in the reader's locale
  all('time[datetime]').forEach(function (t) {
    var d = new Date(t.getAttribute('datetime'));
    if (isNaN(d.getTime())) { return; }
    var options = t.hasAttribute('data-date') ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
    try { t.textContent = d.toLocaleString(undefined, options); } catch (e) { t.textContent = d.toLocaleString(); }
    t.title = t.getAttribute('datetime');
  });

  // the reading pane: up to MAX articles side by side, in the order they were picked
  var boxes = all('.picker input[type=checkbox]');
  var picked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  function apply() {
    if (boxes.length === 0) { return; }
    boxes.forEach(function (b) { b.checked = picked.indexOf(b.value) >= 0; });
    all('.pane > .col').forEach(function (col) { col.hidden = picked.indexOf(col.getAttribute('data-article')) < 0; });
  }
  function show(articles) {
    var wanted = [];
    articles.forEach(function (a) { if (a && wanted.indexOf(a) < 0 && wanted.length < MAX) { wanted.push(a); } });
    if (wanted.length === 0) { return; }
    if (wanted.every(function (a) { return picked.indexOf(a) >= 0; })) { return; }
    picked.forEach(function (a) { if (wanted.length < 2 && wanted.indexOf(a) < 0) { wanted.push(a); } });
    picked = wanted;
    apply();
  }
  boxes.forEach(function (b) {
    b.addEventListener('change', function () {
      var at = picked.indexOf(b.value);
      if (b.checked && at < 0) { picked.push(b.value); if (picked.length > MAX) { picked.shift(); } }
      if (!b.checked && at >= 0) {
        if (picked.length === 1) { b.checked = true; return; }
        picked.splice(at, 1);
      }
      apply();
    });
  });
  apply();

  // alignment partners, indexed once
  var byAlignment = {};
  all('.s[data-al]').forEach(function (s) {
    ids(s.getAttribute('data-al')).forEach(function (al) { (byAlignment[al] = byAlignment[al] || []).push(s); });
  });
  function partners(sentence) {
    var result = [];
    ids(sentence.getAttribute('data-al')).forEach(function (al) {
      (byAlignment[al] || []).forEach(function (s) { if (result.indexOf(s) < 0) { result.push(s); } });
    });
    return result;
  }

  function read(list, source) {
    list = list.filter(Boolean);
    if (list.length === 0) { return; }
    clear('focus'); clear('active'); clear('on');
    all('.entity button[aria-pressed=true]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    if (source) { source.classList.add('active'); }
    show(list.map(articleOf));
    list.forEach(function (s) { s.classList.add('focus'); });
    var first = list.filter(function (s) { return !s.closest('.col').hidden; })[0] || list[0];
    if (!first.hasAttribute('tabindex')) { first.setAttribute('tabindex', '-1'); }
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }

  all('.s[data-al]').forEach(function (s) {
    s.addEventListener('mouseenter', function () { partners(s).forEach(function (p) { p.classList.add('hl'); }); });
    s.addEventListener('mouseleave', function () { clear('hl'); });
    s.addEventListener('click', function () {
      read([s].concat(partners(s).filter(function (p) { return p !== s; })), null);
    });
  });

  all('a[data-s], button[data-s]').forEach(function (el) {
    el.addEventListener('click', function (e) {
      e.preventDefault();
      read(ids(el.getAttribute('data-s')).map(byId), el);
      if (el.tagName === 'A') { history.replaceState(null, '', el.getAttribute('href')); }
    });
  });
  all('a[data-show]').forEach(function (el) {
    el.addEventListener('click', function (e) {
      e.preventDefault();
      show([el.getAttribute('data-show')]);
      var col = byId('art-' + el.getAttribute('data-show'));
      if (col) { col.scrollIntoView({ block: 'start' }); }
    });
  });

  all('.entity[data-e] button').forEach(function (button) {
    var li = button.closest('.entity');
    button.addEventListener('click', function () {
      var on = button.getAttribute('aria-pressed') !== 'true';
      clear('focus'); clear('active'); clear('on');
      all('.entity button[aria-pressed=true]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
      if (!on) { return; }
      button.setAttribute('aria-pressed', 'true');
      li.classList.add('active');
      var mentions = all('.m[data-e]').filter(function (m) { return m.getAttribute('data-e') === li.getAttribute('data-e'); });
      mentions.forEach(function (m) { m.classList.add('on'); });
      var visible = mentions.filter(function (m) { return !m.closest('.col').hidden; });
      if (visible.length === 0 && mentions.length > 0) { show(mentions.map(articleOf)); }
    });
  });

  all('input.filter').forEach(function (input) {
    input.addEventListener('input', function () {
      var q = input.value.toLowerCase();
      all('.entity', input.closest('section')).forEach(function (li) {
        li.hidden = li.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });

  // print every article and every section, open
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = all('details:not([open])');
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });

  if (location.hash.length > 1) {
    var target = byId(decodeURIComponent(location.hash.slice(1)));
    if (target && (target.classList.contains('s') || target.classList.contains('hd'))) { read([target], null); }
  }
  root.setAttribute('data-parallax-ready', '1');
})();
