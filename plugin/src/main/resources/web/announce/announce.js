/*
 * Hallway announcements in the browser: the Acknowledge button on the macro and HR's "ask everyone to
 * acknowledge again" button on the report. Both are native buttons (keyboard and screen-reader ready); the
 * result is announced through the polite status region next to them. Labels come from the page, already
 * translated by the server.
 */
(function () {
    'use strict';

    function send(method, url, body) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (json) {
                if (!response.ok) {
                    throw new Error(json.message || response.statusText);
                }
                return json;
            });
        });
    }

    /*
     * aria-disabled rather than disabled while the server answers: disabling the focused button throws the
     * keyboard focus back to the top of the page. Clicks on a busy button are ignored.
     */
    function busy(button, isBusy) {
        if (isBusy) {
            button.setAttribute('aria-disabled', 'true');
            button.setAttribute('aria-busy', 'true');
        } else {
            button.removeAttribute('aria-disabled');
            button.removeAttribute('aria-busy');
        }
    }

    function isBusy(button) {
        return button.getAttribute('aria-disabled') === 'true';
    }

    function failed(button, status, error) {
        busy(button, false);
        status.textContent = button.getAttribute('data-error') + ' ' + error.message;
        status.classList.add('hallway-error');
    }

    function acknowledge(button) {
        var box = button.closest('.hallway-acknowledgement');
        var status = box.querySelector('.hallway-acknowledge-status');
        if (isBusy(button)) {
            return;
        }
        busy(button, true);
        send('POST', button.getAttribute('data-url')).then(function (json) {
            box.querySelectorAll('.hallway-due').forEach(function (due) {
                due.parentNode.removeChild(due);
            });
            var hadFocus = document.activeElement === button;
            button.parentNode.removeChild(button);
            status.classList.remove('hallway-error');
            status.classList.add('hallway-acknowledged');
            status.textContent = json.label;
            if (hadFocus) {
                // The button is gone; the focus goes to what took its place rather than to the top of the page.
                status.setAttribute('tabindex', '-1');
                status.focus();
            }
        }).catch(function (error) {
            failed(button, status, error);
        });
    }

    function requireAgain(button) {
        var status = button.parentNode.querySelector('.hallway-require-status');
        if (isBusy(button)) {
            return;
        }
        busy(button, true);
        send('PUT', button.getAttribute('data-url'), {version: parseInt(button.getAttribute('data-version'), 10)}).then(function () {
            window.location.reload();
        }).catch(function (error) {
            failed(button, status, error);
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (!target || !target.closest) {
            return;
        }
        var acknowledgeButton = target.closest('.hallway-acknowledge');
        if (acknowledgeButton) {
            event.preventDefault();
            acknowledge(acknowledgeButton);
            return;
        }
        var againButton = target.closest('.hallway-require-version');
        if (againButton) {
            event.preventDefault();
            requireAgain(againButton);
        }
    });
}());
