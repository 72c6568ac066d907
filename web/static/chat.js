/* Starts the rasa-webchat widget inside <main id="chat"> and wires the
   "Forget this conversation" button. Served by channels/webchat.py; the page's
   Content-Security-Policy allows scripts from this server only. */
(function () {
  "use strict";

  // Where rasa-webchat 1.0.1 keeps the conversation (session id + messages).
  var SESSION_KEY = "chat_session";
  var SAFE_LINK = /^(https?:|mailto:|tel:)/i;
  var DIARY_FILE = /^\/webhooks\/webchat\/files\/[A-Za-z0-9_-]+$/;  // the diary's export, from this server

  var mount = document.getElementById("chat");
  var status = document.getElementById("status");

  function say(text) {
    status.textContent = text;
  }

  function storedSessionId() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(SESSION_KEY) || "null");
      return saved && typeof saved.session_id === "string" ? saved.session_id : null;
    } catch (error) {
      return null;
    }
  }

  // A calm pace: a short pause per message, longer for long ones, never over 1.2 s.
  function messageDelay(message) {
    var delay = 250 + (message ? message.length : 0) * 2;
    return Math.min(delay, 1200);
  }

  // The browser's IANA time zone ("Europe/London"): a reminder asked for here rings on
  // this clock without asking where the person is.
  function timeZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (error) {
      return "";
    }
  }

  function startWidget() {
    if (!window.WebChat || typeof window.WebChat.default !== "function") {
      say("The chat could not be loaded. Please reload the page.");
      return;
    }
    // rasa-webchat 1.0.1 ignores the `selector` option: the element is the 2nd argument.
    window.WebChat.default({
      socketUrl: window.location.origin,
      socketPath: "/socket.io/",
      customData: { locale: navigator.language || "", timezone: timeZone() },
      initPayload: "/greet",
      embedded: true,
      withRules: false,
      hideWhenNotConnected: false,
      connectingText: "Connecting to the assistant\u2026",
      inputTextFieldHint: "Type your question\u2026",
      title: "Fibromyalgia self-care assistant",
      showFullScreenButton: false,
      showMessageDate: false,
      customMessageDelay: messageDelay,
      params: { storage: "local" }
    }, mount);
  }

  // Replies are markdown rendered by the widget with HTML escaped; links are
  // the only active content. Open only web, mail and phone links, never
  // javascript: or data: ones (the widget turns its link sanitizer off), and
  // download the diary's export from this server's files route.
  mount.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (!link) return;
    var href = link.getAttribute("href") || "";
    if (DIARY_FILE.test(href)) {
      link.setAttribute("download", "");  // saved as the file it is, in this tab
      link.removeAttribute("target");
    } else if (!SAFE_LINK.test(href)) {
      event.preventDefault();
      event.stopPropagation();
    } else {
      link.setAttribute("rel", "noopener noreferrer");
      link.setAttribute("target", "_blank");
    }
  }, true);

  // The widget gives its text box no label and draws its topic buttons as plain
  // <div>s: name them for screen readers and make the buttons reachable and
  // pressable from the keyboard (Tab, then Enter or Space).
  new MutationObserver(function () {
    var replies = mount.querySelectorAll(".rw-reply:not([role])");
    for (var i = 0; i < replies.length; i++) {
      replies[i].setAttribute("role", "button");
      replies[i].setAttribute("tabindex", "0");
    }
    var box = mount.querySelector(".rw-new-message");
    if (box && !box.hasAttribute("aria-label")) box.setAttribute("aria-label", "Your message");
    var send = mount.querySelector(".rw-send");
    if (send && !send.hasAttribute("aria-label")) send.setAttribute("aria-label", "Send");
    var log = mount.querySelector(".rw-messages-container");
    if (log && !log.hasAttribute("role")) {
      log.setAttribute("role", "log");
      log.setAttribute("aria-live", "polite");
    }
  }).observe(mount, { childList: true, subtree: true });

  // The diary's chart arrives as an image whose height is known only once it has
  // loaded, after the widget scrolled to the newest message: scroll again then, so
  // the whole chart is in view.
  mount.addEventListener("load", function (event) {
    if (!event.target || event.target.tagName !== "IMG") return;
    var log = mount.querySelector(".rw-messages-container");
    if (log) log.scrollTop = log.scrollHeight;
  }, true);

  mount.addEventListener("keydown", function (event) {
    var target = event.target;
    if ((event.key === "Enter" || event.key === " ") && target.classList &&
        target.classList.contains("rw-reply")) {
      event.preventDefault();
      target.click();
    }
  });

  document.getElementById("forget").addEventListener("click", function () {
    var sessionId = storedSessionId();
    if (!window.confirm("Forget this conversation? The assistant erases it, " +
                        "and this browser clears it from the page.")) {
      return;
    }
    function clearAndReload() {
      window.localStorage.removeItem(SESSION_KEY);
      window.sessionStorage.removeItem(SESSION_KEY);
      window.location.reload();
    }
    if (!sessionId) {
      clearAndReload();
      return;
    }
    say("Forgetting\u2026");
    fetch("forget", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ session_id: sessionId }),
      credentials: "same-origin"
    }).then(function (reply) {
      if (!reply.ok) throw new Error("HTTP " + reply.status);
      clearAndReload();
    }).catch(function () {
      // 503 when the assistant's database can't erase it just now: nothing was deleted.
      say("Sorry, the conversation could not be erased just now, so it is still here. " +
          "Please try again in a moment.");
    });
  });

  startWidget();
})();
