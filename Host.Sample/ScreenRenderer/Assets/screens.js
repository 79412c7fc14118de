// Progressive enhancement for the screen shell: every page reads and posts without this script.
// It adds search-as-you-type for references, options loaded from the API, keyboard shortcuts and
// confirmations. Vanilla, no libraries, no inline handlers (a strict Content-Security-Policy holds).
(function () {
  'use strict';

  var DEBOUNCE_MS = 250;

  function valueAt(item, path) {
    return path.split('.').reduce(function (current, segment) {
      return current === null || current === undefined ? undefined : current[segment];
    }, item);
  }

  function fieldValue(form, name) {
    var element = form && form.elements.namedItem(name);
    if (!element) {
      return '';
    }
    if (element.type === 'checkbox') {
      return element.checked ? 'true' : 'false';
    }
    return element.value || '';
  }

  // The route with each {name} replaced by the value of the form's field of that name, URL-encoded.
  function routeFor(element) {
    var form = element.form;
    return element.getAttribute('data-options-route').replace(/\{([^{}]+)\}/g, function (_, name) {
      return encodeURIComponent(name === element.name ? element.value : fieldValue(form, name));
    });
  }

  function placeholdersOf(route) {
    var names = [];
    route.replace(/\{([^{}]+)\}/g, function (_, name) { names.push(name); return _; });
    return names;
  }

  function fetchOptions(element) {
    return fetch(routeFor(element), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('Options answered ' + response.status);
        }
        return response.json();
      })
      .then(function (body) {
        var items = Array.isArray(body) ? body : (body && Array.isArray(body.items) ? body.items : []);
        var valuePath = element.getAttribute('data-option-value') || 'key';
        var labelPath = element.getAttribute('data-option-label') || 'name';
        return items.map(function (item) {
          var value = valueAt(item, valuePath);
          var label = valueAt(item, labelPath);
          return { value: value === undefined || value === null ? '' : String(value), label: label === undefined || label === null ? String(value) : String(label) };
        });
      });
  }

  // ---- Combobox (WAI-ARIA 1.2 combobox with a listbox popup) ----
  function setUpCombobox(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var choice = document.getElementById(input.id + '-choice');
    var options = [];
    var active = -1;
    var timer = null;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var items = list.querySelectorAll('[role="option"]');
      items.forEach(function (item, i) { item.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(index) {
      var option = options[index];
      if (!option) {
        return;
      }
      input.value = option.value;
      if (choice) {
        choice.textContent = option.label;
      }
      close();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function show(found) {
      options = found;
      list.textContent = '';
      found.forEach(function (option, index) {
        var item = document.createElement('li');
        item.id = list.id + '-' + index;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.textContent = option.label === option.value ? option.label : option.label + ' (' + option.value + ')';
        item.addEventListener('mousedown', function (event) { event.preventDefault(); });
        item.addEventListener('click', function () { choose(index); });
        list.appendChild(item);
      });
      if (found.length === 0) {
        close();
        return;
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    }

    input.addEventListener('input', function () {
      if (choice) {
        choice.textContent = '';
      }
      window.clearTimeout(timer);
      if (input.value.trim() === '') {
        close();
        return;
      }
      timer = window.setTimeout(function () {
        fetchOptions(input).then(show).catch(close);
      }, DEBOUNCE_MS);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (open) {
          highlight(Math.min(active + 1, options.length - 1));
        } else if (input.value.trim() !== '') {
          fetchOptions(input).then(function (found) { show(found); highlight(0); }).catch(close);
        }
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && open && active >= 0 && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        choose(active);
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', close);
  }

  // ---- Selects whose options come from the API, reloaded when the fields their route names change ----
  function setUpOptionsSelect(select) {
    var route = select.getAttribute('data-options-route');
    var dependsOn = (select.getAttribute('data-depends-on') || '').split(' ').filter(Boolean);

    function fill(found) {
      var current = select.value;
      var keepBlank = !select.required || dependsOn.length > 0;
      select.textContent = '';
      if (keepBlank) {
        select.appendChild(new Option('', ''));
      }
      found.forEach(function (option) {
        select.appendChild(new Option(option.label, option.value, false, option.value === current));
      });
    }

    function load() {
      var missing = dependsOn.some(function (name) { return fieldValue(select.form, name) === ''; });
      if (missing) {
        fill([]);
        return;
      }
      fetchOptions(select).then(fill).catch(function () { /* keep what the server rendered */ });
    }

    if (select.form && dependsOn.length > 0) {
      select.form.addEventListener('change', function (event) {
        if (event.target !== select && dependsOn.indexOf(event.target.name) >= 0) {
          load();
        }
      });
    }
    if (placeholdersOf(route).every(function (name) { return name === select.name || fieldValue(select.form, name) !== ''; })) {
      load();
    }
  }

  // ---- Keyboard shortcuts: "Ctrl+Enter", "Alt+N", "Shift+Alt+D" ----
  function parseShortcut(text) {
    var parts = text.split('+');
    var key = parts.pop().toLowerCase();
    var modifiers = parts.map(function (part) { return part.toLowerCase(); });
    return {
      key: key,
      ctrl: modifiers.indexOf('ctrl') >= 0 || modifiers.indexOf('control') >= 0,
      alt: modifiers.indexOf('alt') >= 0,
      shift: modifiers.indexOf('shift') >= 0,
      meta: modifiers.indexOf('meta') >= 0
    };
  }

  function matches(shortcut, event) {
    if (shortcut.ctrl !== event.ctrlKey || shortcut.alt !== event.altKey || shortcut.shift !== event.shiftKey || shortcut.meta !== event.metaKey) {
      return false;
    }
    // With Alt some keyboards change event.key (Alt+N gives "ñ" on a Mac); the physical key still tells.
    return event.key.toLowerCase() === shortcut.key || event.code.toLowerCase() === 'key' + shortcut.key;
  }

  function isPerRecord(button) {
    return Boolean(button.closest('.row-actions, .board-card'));
  }

  function trigger(button) {
    var form = button.form;
    var details = button.closest('details');
    if (details && !details.open) {
      details.open = true;
      var first = form.querySelector('input:not([type="hidden"]), select, textarea');
      if (first) {
        first.focus();
      }
      return;
    }
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit(button);
    } else {
      button.click();
    }
  }

  document.addEventListener('keydown', function (event) {
    if (!event.ctrlKey && !event.altKey && !event.metaKey && event.key !== 'Enter') {
      return;
    }
    var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-shortcut]'));
    var candidates = buttons.filter(function (button) { return matches(parseShortcut(button.getAttribute('data-shortcut')), event); });
    if (candidates.length === 0) {
      return;
    }
    var focusedForm = document.activeElement && document.activeElement.form;
    var target = candidates.filter(function (button) { return focusedForm && button.form === focusedForm; })[0]
      || candidates.filter(function (button) { return !isPerRecord(button); })[0];
    if (target) {
      event.preventDefault();
      trigger(target);
    }
  });

  // ---- Confirmation before an action that asks for one ----
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var question = button && button.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  function start() {
    document.querySelectorAll('input[role="combobox"][data-options-route]').forEach(setUpCombobox);
    document.querySelectorAll('select[data-options-route]').forEach(setUpOptionsSelect);
    var alert = document.getElementById('outcome');
    if (alert) {
      alert.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
