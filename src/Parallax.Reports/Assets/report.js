(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('error', function (e) { root.setAttribute('data-parallax-error', String(e.message || e)); });

  function all(selector, scope) { return Array.prototype.slice.call((scope || document).querySelectorAll(selector)); }
  function byId(id) { return document.getElementById(id); }
  function ids(value) { return (value || '').split(' ').filter(function (x) { return x.length > 0; }); }
  function clear(cls) { all('.' + cls).forEach(function (el) { el.classList.remove(cls); }); }

  function reveal(el) {
    var body = el.closest('.col-body');
    if (body) {
      var top = el.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
      body.scrollTo({ top: Math.max(0, top - body.clientHeight / 3), behavior: 'smooth' });
    }
    var rect = (body || el).getBoundingClientRect();
    if (rect.top < 0 || rect.top > window.innerHeight * 0.6) {
      (body ? body.closest('.col') : el).scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }

  function partners(sentence) {
    var result = [];
    ids(sentence.getAttribute('data-al')).forEach(function (al) {
      all('.s[data-al]').forEach(function (s) {
        if (ids(s.getAttribute('data-al')).indexOf(al) >= 0 && result.indexOf(s) < 0) { result.push(s); }
      });
    });
    return result;
  }

  function focusSentences(list, source) {
    clear('focus'); clear('active'); clear('on');
    if (source) { source.classList.add('active'); }
    var seen = {};
    list.forEach(function (s) {
      s.classList.add('focus');
      var col = s.closest('.col');
      var key = col ? col.getAttribute('data-article') : s.id;
      if (!seen[key]) { seen[key] = true; reveal(s); }
    });
  }

  all('.s[data-al]').forEach(function (s) {
    s.addEventListener('mouseenter', function () { partners(s).forEach(function (p) { p.classList.add('hl'); }); });
    s.addEventListener('mouseleave', function () { clear('hl'); });
    s.addEventListener('click', function () {
      focusSentences(partners(s).filter(function (p) { return p !== s; }).concat([s]), null);
    });
  });

  all('[data-s]').forEach(function (el) {
    function go(e) {
      e.preventDefault();
      focusSentences(ids(el.getAttribute('data-s')).map(byId).filter(Boolean), el);
      if (el.tagName === 'A') { history.replaceState(null, '', el.getAttribute('href')); }
    }
    el.addEventListener('click', go);
    el.addEventListener('keydown', function (e) { if (e.key === 'Enter') { go(e); } });
  });

  all('.entity[data-e]').forEach(function (li) {
    function toggle() {
      var on = !li.classList.contains('active');
      clear('focus'); clear('active'); clear('on');
      if (!on) { return; }
      li.classList.add('active');
      var seen = {};
      all('.m[data-e]').forEach(function (m) {
        if (m.getAttribute('data-e') !== li.getAttribute('data-e')) { return; }
        m.classList.add('on');
        var col = m.closest('.col');
        var key = col ? col.getAttribute('data-article') : '';
        if (!seen[key]) { seen[key] = true; reveal(m); }
      });
    }
    li.addEventListener('click', toggle);
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter') { toggle(); } });
  });

  all('input.filter').forEach(function (input) {
    input.addEventListener('input', function () {
      var q = input.value.toLowerCase();
      all('.entity', input.parentNode).forEach(function (li) {
        li.style.display = li.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
      });
    });
  });

  if (location.hash.length > 1) {
    var target = byId(decodeURIComponent(location.hash.slice(1)));
    if (target && target.classList.contains('s')) { focusSentences([target], null); }
  }
  root.setAttribute('data-parallax-ready', '1');
})();
