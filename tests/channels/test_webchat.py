"""The web chat page end to end: the real action server and Rasa server with
channels.webchat.WebChatInput, and the page opened in Debian's Chromium through
Playwright, used as a person would: wait for the reply text, type, click the topic
buttons, reload, forget. The first tests need no server (helpers, the npm pin).

The tests share one server and one browser, and nothing else: each browser test
opens its own page as a new visitor (a browser context of its own, so a new session
and a new conversation), so any of them passes alone and in any order. They wait for
what a person would see (a reply's text, the widget idle), never for a fixed time.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import json
import re
import sqlite3
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from channels import web_session
from channels.shared_secrets import MissingSecret
from channels.webchat import (
    DEFAULT_CORS_ORIGINS,
    WebChatInput,
    _strip_font_import,
    clean_metadata,
    parse_origins,
)
from devtools.servers import (
    WEB_SESSION_KEY,
    Assistant,
    free_port,
    server_env,
    start_assistant,
    wait_until,
)
from stores.sql import NOT_SAVED_REPLY
from tests.support.diary import make_due, next_due_of, utcnow
from tests.support.faults import read_only

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
# Written on every run to results/ (not tracked); docs/screenshots/ holds the copies the
# README shows, refreshed by hand from a run: cp results/screenshots/*.png docs/screenshots/
SCREENSHOTS = ROOT / "results" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPLY_TIMEOUT_MS = 60_000
XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

# --------------------------------------------------------------------------- no server


def test_cors_origins_default_and_parsing():
    assert parse_origins(None) == DEFAULT_CORS_ORIGINS == ["http://localhost:5005", "http://127.0.0.1:5005"]
    assert parse_origins("https://chat.example.org/, http://localhost:8000") == [
        "https://chat.example.org",
        "http://localhost:8000",
    ]
    assert parse_origins(["http://a.test"]) == ["http://a.test"]
    with pytest.raises(ValueError):
        parse_origins(["*"])


def test_channel_from_credentials_uses_the_widget_settings():
    channel = WebChatInput.from_credentials({"cors_origins": ["http://127.0.0.1:9999"]})
    assert WebChatInput.name() == "webchat"
    assert channel.url_prefix() == "webchat"  # mounted at /webhooks/webchat/
    assert channel.cors_origins == ["http://127.0.0.1:9999"]
    assert channel.session_persistence is True
    assert channel.metadata_key == "customData"
    assert (channel.user_message_evt, channel.bot_message_evt) == ("user_uttered", "bot_uttered")


async def _no_handler(message) -> None:
    raise AssertionError("no message is sent in this test")


def test_only_session_ids_signed_with_this_servers_key_are_accepted(monkeypatch):
    key = "k" * 32
    monkeypatch.setenv("WEB_SESSION_KEY", key)
    channel = WebChatInput.from_credentials({})
    assert not channel.valid_session_id(web_session.issue(key.encode()))  # no key before start
    channel.blueprint(_no_handler)
    issued = web_session.issue(key.encode())
    assert channel.valid_session_id(issued)
    for other in (
        issued.split(".")[0],  # the unsigned form of old
        web_session.issue(b"another-key-0123456789"),
        "0123456789abcdef0123456789abcdef",
        "123456789",
        "x1",
        None,
        12345,
    ):  # Telegram, REST, junk
        assert not channel.valid_session_id(other), other


def test_the_web_chat_does_not_start_without_its_key(monkeypatch):
    monkeypatch.delenv("WEB_SESSION_KEY", raising=False)
    with pytest.raises(MissingSecret):
        WebChatInput.from_credentials({}).blueprint(_no_handler)


def test_a_known_time_zone_is_kept_from_custom_data_and_anything_else_dropped():
    assert clean_metadata({"locale": "en-GB", "timezone": "Europe/London"}) == {
        "locale": "en-GB",
        "timezone": "Europe/London",
    }
    assert clean_metadata({"timezone": "Mars/Olympus"}) == {}
    assert clean_metadata({"timezone": ["Europe/London"]}) == {}


def test_only_the_locale_is_kept_from_custom_data():
    assert clean_metadata({"locale": "en-GB", "other": "x"}) == {"locale": "en-GB"}
    assert clean_metadata('{"locale": "fr"}') == {"locale": "fr"}
    assert clean_metadata({"locale": "<script>"}) == {}
    assert clean_metadata("not json") == {}
    assert clean_metadata(None) == {}


def test_widget_is_pinned_and_its_font_import_removed():
    package = json.loads((WEB / "package.json").read_text())
    assert package["dependencies"]["rasa-webchat"] == "1.0.1"
    lock = json.loads((WEB / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/rasa-webchat"]["version"] == "1.0.1"
    bundle = WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js"
    if not bundle.exists():
        pytest.skip("web/node_modules missing: run `npm ci --prefix web`")
    served = _strip_font_import(bundle.read_bytes())
    assert b"fonts.googleapis.com" not in served


# --------------------------------------------------------------------------- servers


def http(url: str, method: str = "GET", body: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Assistant]:
    """Action server + Rasa server with REST and the web chat channel, whose
    cors_origins is this server's own origin (127.0.0.1 only)."""
    if not (WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js").exists():
        pytest.fail("the chat widget is not installed: run `npm ci --prefix web`")
    workdir = tmp_path_factory.mktemp("webchat")
    port = free_port()
    credentials = workdir / "credentials.yml"
    credentials.write_text(
        "rest:\n"
        "channels.webchat.WebChatInput:\n"
        "  user_message_evt: user_uttered\n"
        "  bot_message_evt: bot_uttered\n"
        "  session_persistence: true\n"
        "  metadata_key: customData\n"
        f'  cors_origins: ["http://127.0.0.1:{port}"]\n'
        "channels.reminders.ReminderInput:\n"
    )
    env = server_env(REMINDER_POLL_SECONDS="1")  # the reminder loop looks every second
    running = start_assistant(workdir, credentials=credentials, port=port, env=env)
    yield running
    running.stop()


@dataclass
class PageRecord:
    """What one page did: every URL it requested (WebSockets included), and every
    script error or console error it showed."""

    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def foreign_requests(self, origin: str) -> list[str]:
        ws_origin = origin.replace("http://", "ws://")
        return [url for url in self.requests if not (url.startswith(origin + "/") or url.startswith(ws_origin + "/"))]


class Browser:
    """Debian's Chromium through Playwright's sync API. Each page opens in a browser
    context of its own (its own storage, so its own web chat session), and what it
    requests and any error it shows are recorded in its PageRecord."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self.records: dict[Any, PageRecord] = {}
        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)

    def new_page(self, **context_options):
        context = self.browser.new_context(**context_options)
        page = context.new_page()
        record = self.records[page] = PageRecord()
        page.on("request", lambda request: record.requests.append(request.url))
        page.on("websocket", lambda socket: record.requests.append(socket.url))
        page.on("pageerror", lambda error: record.problems.append(f"page error: {error}"))
        page.on(
            "console",
            lambda message: message.type == "error" and record.problems.append(f"console error: {message.text}"),
        )
        return page

    def close(self) -> None:
        self.browser.close()
        self._playwright.stop()


@pytest.fixture(scope="module")
def browser(server) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's `chromium` package")
    running = Browser()
    yield running
    running.close()


@pytest.fixture
def open_chat(browser, server) -> Iterator[Callable[..., Any]]:
    """Opens the chat page as a new visitor (a desktop UK English browser unless told
    otherwise) and waits for the greeting: a new browser context, so nothing stored
    from another test, a new session id and a new conversation. Afterwards, each page
    the test opened must have loaded nothing from another origin and shown no script
    or console error (no CSP violation either)."""
    opened = []

    def open_page(**context_options: Any) -> Any:
        page = browser.new_page(**{"viewport": {"width": 1280, "height": 800}, "locale": "en-GB", **context_options})
        opened.append(page)
        page.set_default_timeout(REPLY_TIMEOUT_MS)
        page.goto(f"{server.url}/webhooks/webchat/")
        wait_for_reply(page, 0, "self-care assistant")
        return page

    yield open_page
    for page in opened:
        page.context.close()
    records = [browser.records.pop(page) for page in opened]
    assert [record.foreign_requests(server.url) for record in records] == [[] for _ in records]
    assert [record.problems for record in records] == [[] for _ in records]


@pytest.fixture
def chat(open_chat):
    """A desktop page of its own, greeted (a UK English browser)."""
    return open_chat()


def transcript(page) -> str:
    return page.locator("#chat .rw-messages-container").inner_text()


def group_count(page) -> int:
    return page.locator("#chat .rw-group-message").count()


def wait_until_idle(page) -> None:
    """Until the widget shows every message it has received (its typing bubble stands
    for the ones it holds back) and has scrolled to the newest."""
    page.wait_for_function(
        """() => {
            const log = document.querySelector('#chat .rw-messages-container');
            return !document.querySelector('#chat .rw-typing-indication')
                && log !== null && log.scrollTop + log.clientHeight >= log.scrollHeight - 1;
        }""",
        timeout=15_000,
    )


def wait_for_reply(page, after: int, *expected: str) -> str:
    """Waits until the bot's messages after the first `after` message groups contain
    every `expected` text (case-insensitive), then until the widget is idle; returns
    the text of the new messages."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(
            """([after, expected]) => {
                const replies = Array.from(document.querySelectorAll('#chat .rw-group-message'))
                    .slice(after)
                    .filter(group => group.classList.contains('rw-from-response'))
                    .map(group => group.textContent.toLowerCase())
                    .join('\\n');
                return replies !== '' && expected.every(text => replies.includes(text));
            }""",
            arg=[after, [text.lower() for text in expected]],
            timeout=REPLY_TIMEOUT_MS,
        )
        wait_until_idle(page)
    except PlaywrightTimeout as error:  # show what the person would have seen
        raise AssertionError(f"no reply containing {expected!r}; the page shows:\n{transcript(page)}") from error
    return "\n".join(
        page.locator("#chat .rw-group-message").nth(i).inner_text() for i in range(after, group_count(page))
    )


def ask(page, text: str, *expected: str) -> str:
    before = group_count(page)
    box = page.locator("#chat .rw-new-message")
    box.fill(text)
    box.press("Enter")
    return wait_for_reply(page, before, *expected)


# A message sent after another, and the start of its answer: once that shows, the
# whole reply to the message before it has shown (one conversation: the server answers
# its messages in turn, and the page shows them in the order they came).
SENTINEL = ("is walking good for fibro?", "low-impact way to start")


def whole_reply(page, text: str, expected: str) -> str:
    """Asks `text` and returns every message of the bot's reply to it, read once a
    sentinel message sent after it has been answered."""
    before = page.locator("#chat .rw-message").count()
    ask(page, text, expected)
    ask(page, *SENTINEL)
    return page.evaluate(
        """([before, sentinel]) => {
            const texts = [];
            for (const message of Array.from(document.querySelectorAll('#chat .rw-message')).slice(before)) {
                const response = message.querySelector('.rw-response');
                if (response === null) continue;  // the person's own messages
                if (response.textContent.toLowerCase().includes(sentinel)) break;
                texts.push(message.innerText);
            }
            return texts.join('\\n');
        }""",
        [before, SENTINEL[1].lower()],
    )


def session_id(page) -> str:
    return page.evaluate("() => JSON.parse(localStorage.getItem('chat_session')).session_id")


def user_events(server: Assistant, sender_id: str) -> list:
    with sqlite3.connect(server.workdir / "conversations.db") as db:
        rows = db.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (sender_id,)).fetchall()
    return [json.loads(row[0]) for row in rows]


def assert_fits(page, width: int, height: int) -> None:
    """The disclaimer, the text box and the forget link are on screen, and
    nothing makes the page scroll sideways."""
    for selector in ("#disclaimer", "#chat .rw-new-message", "#forget"):
        element = page.locator(selector)
        assert element.is_visible(), selector
        box = element.bounding_box()
        assert box and box["x"] >= 0 and box["y"] >= 0, (selector, box)
        assert box["x"] + box["width"] <= width + 1 and box["y"] + box["height"] <= height + 1, (selector, box)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert "911" in page.locator("#disclaimer").inner_text()


@pytest.mark.slow
@pytest.mark.browser
def test_page_greets_with_topic_buttons(chat):
    assert chat.locator("#disclaimer").inner_text().startswith("Not a doctor.")
    buttons = chat.locator("#chat .rw-reply")
    buttons.first.wait_for()  # a message's buttons are drawn together
    assert buttons.count() >= 2
    # The widget draws them as <div>s; the page makes them keyboard buttons.
    assert buttons.first.get_attribute("role") == "button"
    assert buttons.first.get_attribute("tabindex") == "0"
    assert_fits(chat, 1280, 800)


@pytest.mark.slow
@pytest.mark.browser
def test_answers_and_keeps_the_context(chat, server):
    walking = ask(chat, "is walking good for fibro?", "low-impact way to start")
    assert "walking" in walking.lower()
    # Without the subject the question before set, this one gets "did you mean".
    follow_up = ask(chat, "how long should i start with?", "no single right amount", "exercise", "source")
    # Paragraphs of a reply arrive as separate bubbles, never as one run-on line.
    assert "Source" in follow_up
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    chat.screenshot(path=str(SCREENSHOTS / "webchat.png"))
    # navigator.language reached the tracker as the message's locale.
    events = user_events(server, session_id(chat))
    assert events and all((e.get("metadata") or {}).get("locale") == "en-GB" for e in events), events
    assert {e.get("input_channel") for e in events} == {"webchat"}


@pytest.mark.slow
@pytest.mark.browser
def test_source_links_are_clickable(chat):
    reply = ask(chat, "what is fibromyalgia?", "nidirect")
    assert "Source" in reply
    link = chat.locator("#chat .rw-response a[href^='https://www.nidirect.gov.uk']").last
    assert link.is_visible()
    assert link.get_attribute("target") == "_blank"
    assert "noopener" in (link.get_attribute("rel") or "")
    # Opens in a new tab (the link points outside; the test doesn't follow it).
    assert chat.evaluate("(a) => a.href", link.element_handle()).startswith("https://")


@pytest.mark.slow
@pytest.mark.browser
def test_the_diary_shows_its_chart_and_a_download_link(chat, server):
    # an exercise asks for its pacing plan with buttons: a person taps one
    ask(chat, "I want to try walking", "how many minutes of walking can you do today")
    ten = chat.locator("#chat .rw-reply", has_text="10 minutes").last
    ten.wait_for(state="visible")
    before = group_count(chat)
    ten.click()
    wait_for_reply(chat, before, "week 1: 10 minutes of walking a day", "week 4: 16 minutes")
    ask(chat, "check in", "pain")
    ask(chat, "6", "fatigue")
    ask(chat, "7", "sleep")
    ask(chat, "poor", "did you stick with walking today?")
    ask(chat, "yes", "note")
    ask(chat, "skip", "saved today's check-in: pain 6, fatigue 7, sleep poor")
    summary = ask(chat, "how am i doing?", "since starting (1 day): pain 6.0, fatigue 7.0")
    assert "week 1 of your walking plan: 10 minutes a day" in summary.lower()
    assert "▅" not in summary  # the chart instead of the sparklines
    chart = chat.locator("#chat img[src*='/webhooks/webchat/files/']").last
    chart.wait_for()
    chat.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=chart.element_handle())
    assert chart.evaluate("(img) => [img.naturalWidth, img.naturalHeight]") == [800, 450]
    assert chart.is_visible() and chart.bounding_box()["width"] >= 200
    wait_until_idle(chat)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    chat.screenshot(path=str(SCREENSHOTS / "webchat-diary.png"))

    ask(chat, "export my diary", "symptom diary", "download fibro-diary-")
    link = chat.locator("#chat .rw-response a[href*='/webhooks/webchat/files/']").last
    assert link.is_visible() and link.inner_text().startswith("Download fibro-diary-")
    with chat.expect_download() as started:
        link.click()  # what a person does: the file is saved, the chat stays
    download = started.value
    assert download.suggested_filename.startswith("fibro-diary-") and download.suggested_filename.endswith(".csv")
    lines = Path(download.path()).read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == "date,pain,fatigue,sleep,did_strategy,strategy,note"
    assert lines[1].endswith(",6,7,poor,yes,walking,") and lines[2:] == [""]


def reminder_health(server: Assistant) -> dict[str, Any]:
    with urllib.request.urlopen(f"{server.url}/webhooks/reminders/", timeout=10) as reply:
        return dict(json.load(reply))


def reminder_rounds(server: Assistant) -> int:
    return int(reminder_health(server)["rounds"])


def wait_for_reminder_rounds(server: Assistant, rounds: int) -> None:
    """Until the server's reminder loop has looked `rounds` more times (every second here)."""
    target = reminder_rounds(server) + rounds
    wait_until(lambda: reminder_rounds(server) >= target, 30, "the reminder loop")


@pytest.mark.slow
@pytest.mark.browser
def test_a_web_reminder_waits_for_an_open_page_and_lapses_unsent_when_none_opens(open_chat, server):
    page = open_chat()
    ask(page, "please remind me at 9pm to check in", "21:00 every day", "while it's open")
    database = server.workdir / "conversations.db"
    sender = session_id(page)
    assert reminder_health(server)["open_pages"] >= 1
    page.context.close()  # the person closes the tab
    # Until the server has seen the page go (its socket leaves the conversation's room).
    wait_until(lambda: reminder_health(server)["open_pages"] == 0, 30, "the closed page to disconnect")
    make_due(database, sender, dt.timedelta(seconds=5))
    due = next_due_of(database, sender)
    wait_for_reminder_rounds(server, 3)
    assert next_due_of(database, sender) == due  # not claimed: no page of it is open
    make_due(database, sender, dt.timedelta(hours=3))  # the evening went by with the tab closed
    wait_for_reminder_rounds(server, 3)
    assert next_due_of(database, sender) > utcnow()  # moved on to tomorrow, unsent
    with sqlite3.connect(database) as db:
        said = [
            row[0] for row in db.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'bot'", (sender,))
        ]
    assert not any("Time for today's check-in" in text for text in said)


@pytest.mark.slow
@pytest.mark.browser
def test_a_daily_reminder_on_the_browsers_clock_appears_in_the_open_page(open_chat, server):
    page = open_chat(timezone_id="America/Chicago")
    ask(page, "please remind me at 9pm to check in", "21:00 every day (america/chicago time)", "while it's open")
    database = server.workdir / "conversations.db"
    sender = session_id(page)
    assert next_due_of(database, sender) > utcnow()
    before = group_count(page) - 1  # the nudge joins the group of the bot's last reply
    make_due(database, sender, dt.timedelta(seconds=5))
    nudge = wait_for_reply(page, before, "time for today's check-in")
    assert "Check in now" in nudge
    assert next_due_of(database, sender) > utcnow()  # and tomorrow's is set


@pytest.mark.slow
@pytest.mark.browser
def test_topic_button_asks_that_topic(chat):
    before = group_count(chat)
    box = chat.locator("#chat .rw-new-message")
    box.fill("asdf qwer zxcv")
    box.press("Enter")
    # The honest "no reviewed information" or the out-of-scope reply: both end with the topic buttons.
    diet = (
        chat.locator("#chat .rw-group-message").nth(before + 1).locator(".rw-reply", has_text=re.compile("diet", re.I))
    )
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        diet.first.wait_for(state="visible", timeout=REPLY_TIMEOUT_MS)
    except PlaywrightTimeout as error:
        raise AssertionError(f"no Diet topic button; the page shows:\n{transcript(chat)}") from error
    before = group_count(chat)
    diet.first.click()
    answer = wait_for_reply(chat, before, "what would you like to know")
    assert re.search(r"\bdiet\b", answer, re.I), answer  # the button's title, as sent
    assert re.search(r"Diet and supplements: what would you like to know", answer), answer


@pytest.mark.slow
@pytest.mark.browser
def test_reload_keeps_the_conversation(chat):
    ask(chat, "is walking good for fibro?", "low-impact way to start")
    before = session_id(chat)
    shown = transcript(chat)
    chat.reload()
    chat.locator("#chat .rw-client", has_text="is walking good for fibro?").wait_for()
    after = transcript(chat)
    for text in ("self-care assistant for people", "is walking good for fibro?", "low-impact way to start"):
        assert text in after, text
    assert session_id(chat) == before
    # The server still has the context: this follow-up needs the subject set before the reload.
    ask(chat, "how long should i start with?", "no single right amount")
    # No second greeting: the widget resumed the session instead of starting one (a
    # greeting asked for on reconnecting would have shown before that answer).
    assert transcript(chat).count("self-care assistant for people") == shown.count("self-care assistant for people")


@pytest.mark.slow
@pytest.mark.browser
def test_html_in_messages_is_shown_as_text(chat):
    reply = whole_reply(chat, XSS, "")
    assert reply  # the bot answered, and every message of its answer is on the page
    assert XSS in chat.locator("#chat .rw-client", has_text="<script>window.__pwned=1</script>").inner_text()
    # Shown as text: no element was made of it, so nothing in it can run, now or later.
    assert chat.locator("#chat img[src='x'], #chat script").count() == 0
    assert chat.evaluate("() => typeof window.__pwned") == "undefined"
    # A javascript: link in a reply (the widget turns its link sanitizer off) does
    # nothing when clicked: the page cancels the click, and the CSP forbids it anyway.
    # A cancelled click is never followed, so checking the cancellation needs no wait.
    chat.evaluate("""() => {
        const link = document.createElement('a');
        link.id = 'evil-link';
        link.href = 'javascript:window.__pwned=3';
        link.textContent = 'evil';
        document.querySelector('#chat .rw-markdown').appendChild(link);
        window.__evilClick = null;
        window.addEventListener('click', (event) => {
            if (event.target.id === 'evil-link') window.__evilClick = event;
        }, true);
    }""")
    chat.locator("#evil-link").click()
    assert chat.evaluate("() => window.__evilClick !== null && window.__evilClick.defaultPrevented") is True
    assert chat.evaluate("() => typeof window.__pwned") == "undefined"
    chat.evaluate("() => document.getElementById('evil-link').remove()")


@pytest.mark.slow
@pytest.mark.browser
def test_phone_viewport(open_chat):
    phone = open_chat(
        viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True, device_scale_factor=2, locale="en-US"
    )
    assert_fits(phone, 375, 667)
    ask(phone, "what is fibromyalgia?", "nidirect")
    before = group_count(phone)
    box = phone.locator("#chat .rw-new-message")
    box.fill("asdf qwer zxcv")
    box.press("Enter")
    phone.locator("#chat .rw-group-message").nth(before + 1).locator(".rw-reply").first.wait_for()
    wait_until_idle(phone)
    assert_fits(phone, 375, 667)
    # The topic buttons are on screen above the text box.
    buttons = phone.locator("#chat .rw-reply")
    text_box = phone.locator("#chat .rw-new-message").bounding_box()
    for i in range(buttons.count()):
        box_ = buttons.nth(i).bounding_box()
        assert box_ and box_["x"] + box_["width"] <= 375 and box_["y"] + box_["height"] <= text_box["y"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(SCREENSHOTS / "webchat-phone.png"))


@pytest.mark.slow
@pytest.mark.browser
def test_everything_comes_from_this_server(open_chat, browser, server):
    page = open_chat()
    ask(page, "what is fibromyalgia?", "nidirect")  # a reply with links
    page.reload()
    ask(page, "is walking good for fibro?", "low-impact way to start")  # on the new socket
    record = browser.records[page]
    assert record.requests, "no request recorded"
    assert record.foreign_requests(server.url) == []
    assert any(url.startswith(server.url.replace("http://", "ws://") + "/socket.io/") for url in record.requests), (
        "the widget never upgraded to a WebSocket"
    )
    # No CSP violation, no script error (open_chat checks the pages of every other test too).
    assert record.problems == []


@pytest.mark.slow
@pytest.mark.browser
def test_socketio_rejects_foreign_origins(server):
    polling = f"{server.url}/socket.io/?EIO=4&transport=polling"
    status, body = http(polling, headers={"Origin": "http://evil.example"})
    assert status == 400, body
    # The default origins are not allowed either: this server's list replaces them.
    status, _ = http(polling, headers={"Origin": "http://localhost:5005"})
    assert status == 400
    status, body = http(polling, headers={"Origin": server.url})
    assert status == 200 and b'"sid"' in body, body


class Socket:
    """A socket.io client as the widget talks to the server: session_request, then
    user_uttered with the confirmed session id; every session_confirm and bot_uttered
    it receives is kept."""

    def __init__(self, server: Assistant) -> None:
        import socketio

        self.url = server.url
        self.client = socketio.AsyncClient(reconnection=False)
        self.confirmations: asyncio.Queue = asyncio.Queue()
        self.replies: list[str] = []
        self._new_reply = asyncio.Condition()  # notified with every bot_uttered
        self.client.on("session_confirm", self.confirmations.put)
        self.client.on("bot_uttered", self._on_reply)

    async def _on_reply(self, data: object) -> None:
        async with self._new_reply:
            self.replies.append(data.get("text") or "" if isinstance(data, dict) else str(data))
            self._new_reply.notify_all()

    async def session(self, requested: str | None = None) -> str:
        if not self.client.connected:
            # Long polling: this python-engineio's WebSocket client needs a newer
            # aiohttp than Rasa 3.6 pins. The browser tests cover the WebSocket.
            await self.client.connect(
                self.url,
                headers={"Origin": self.url},
                transports=["polling"],
                socketio_path="/socket.io",
                wait_timeout=10,
            )
        await self.client.emit("session_request", {"session_id": requested})
        return await asyncio.wait_for(self.confirmations.get(), timeout=10)

    async def say(self, session_id: str, text: str) -> None:
        await self.client.emit(
            "user_uttered", {"message": text, "session_id": session_id, "customData": {"locale": "en-GB"}}
        )

    async def wait_for_reply(self, expected: str, timeout: float = 60) -> None:
        """Waits until a reply containing `expected` has come; wakes on each reply."""
        async with self._new_reply:
            try:
                await asyncio.wait_for(
                    self._new_reply.wait_for(lambda: any(expected in reply for reply in self.replies)), timeout
                )
            except asyncio.TimeoutError:
                raise AssertionError(f"no reply containing {expected!r} in {timeout:.0f} s: {self.replies}") from None

    async def close(self) -> None:
        await self.client.disconnect()


def run_in_own_loop(coroutine) -> None:
    """Runs an asyncio test body in a thread of its own: the browser tests' Playwright
    sync API keeps an event loop running in this thread."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coroutine).result()


@pytest.mark.slow
def test_a_never_issued_session_id_gets_a_new_session_and_nobody_elses_replies(server):
    run_in_own_loop(_never_issued_session(server))


async def _never_issued_session(server: Assistant) -> None:
    key = WEB_SESSION_KEY.encode()
    never_issued = uuid.uuid4().hex  # the form earlier versions accepted from anyone
    alice, mallory, alice_again = Socket(server), Socket(server), Socket(server)
    try:
        # Alice's page starts with a made-up id: she gets a new, signed session instead.
        alices = await alice.session(never_issued)
        assert alices != never_issued and web_session.verify(key, alices)
        # Another socket that knows the made-up id, or Alice's id without its signature,
        # or re-signed with another key, gets a session of its own each time.
        random_part = alices.split(".")[0]
        resigned = web_session.issue(b"another-install-key-0123")  # a valid form, wrong key
        resigned = f"{random_part}.{resigned.split('.')[1]}"
        given = [
            await mallory.session(forged)
            for forged in (never_issued, random_part, resigned, f"{random_part}.{'0' * 64}")
        ]
        assert len(set(given)) == len(given) and alices not in given and never_issued not in given
        assert all(web_session.verify(key, session_id) for session_id in given)
        mallorys = given[0]
        # Writing into Alice's conversation or the made-up one is ignored.
        await mallory.say(alices, "mallory writes into alice's conversation")
        await mallory.say(never_issued, "mallory writes into the made-up one")

        await alice.say(alices, "is walking good for fibro?")
        await alice.wait_for_reply("low-impact way to start")
        # Mallory's own turn comes after Alice's reply was sent: had Mallory been in
        # Alice's room, that reply would have reached this socket first.
        await mallory.say(mallorys, "what is fibromyalgia?")
        await mallory.wait_for_reply("nidirect")
        assert not any("low-impact way to start" in reply for reply in mallory.replies), mallory.replies
        assert user_events(server, never_issued) == []
        assert [e.get("text") for e in user_events(server, alices)] == ["is walking good for fibro?"]

        # A reload presents the id the server issued: the same session goes on.
        assert await alice_again.session(alices) == alices
    finally:
        for socket in (alice, mallory, alice_again):
            await socket.close()


@pytest.mark.slow
def test_page_and_static_files(server):
    base = f"{server.url}/webhooks/webchat"
    status, page = http(base + "/")
    assert status == 200 and b"Not a doctor." in page
    status, _ = http(base + "/static/rasa-webchat.js")
    assert status == 200
    for path in ("/static/../../../../etc/passwd", "/static/..%2F..%2Fchannels%2Fwebchat.py", "/static/missing.js"):
        assert http(base + path)[0] == 404, path
    request = urllib.request.Request(base + "/")
    with urllib.request.urlopen(request, timeout=10) as response:
        policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


@pytest.mark.slow
def test_forget_endpoint_refuses_other_conversations(server):
    forget = f"{server.url}/webhooks/webchat/forget"
    # A REST conversation can't be erased from the web: its id is not a web session id.
    rest_person = f"rest-person-{uuid.uuid4().hex[:12]}"
    assert server.reply_text(rest_person, "is walking good for fibro?")
    status, _ = http(
        forget, "POST", json.dumps({"session_id": rest_person}).encode(), {"Content-Type": "application/json"}
    )
    assert status == 400
    assert user_events(server, rest_person)
    status, _ = http(forget, "POST", b"not json", {"Content-Type": "application/json"})
    assert status == 400
    status, _ = http(
        forget,
        "POST",
        json.dumps({"session_id": "0" * 32}).encode(),
        {"Content-Type": "application/json", "Origin": "http://evil.example"},
    )
    assert status == 403


@pytest.mark.slow
@pytest.mark.browser
def test_browser_language_picks_the_emergency_number(chat):
    # The desktop page runs as a UK English browser: navigator.language is en-GB.
    reply = whole_reply(chat, "I have crushing chest pain and my left arm is numb", "999")
    assert "999" in reply and "911" not in reply, reply
    # The reply's line list is rendered as a list, one number per line.
    assert chat.locator("#chat .rw-markdown li", has_text="999").count() >= 1


@pytest.mark.slow
@pytest.mark.browser
def test_forget_link_erases_the_conversation(chat, server):
    ask(chat, "is walking good for fibro?", "low-impact way to start")
    old_session = session_id(chat)
    assert user_events(server, old_session)  # the greeting's turn, stored before this one was answered
    chat.once("dialog", lambda dialog: dialog.accept())
    with chat.expect_navigation():
        chat.locator("#forget").click()
    wait_for_reply(chat, 0, "self-care assistant")
    assert "is walking good for fibro?" not in transcript(chat)
    assert session_id(chat) != old_session
    assert user_events(server, old_session) == []


@pytest.mark.slow
@pytest.mark.browser
def test_a_turn_that_cannot_be_saved_says_so_and_the_conversation_goes_on(open_chat, server):
    page = open_chat()
    with read_only(server.workdir / "conversations.db"):
        reply = ask(page, "is walking good for fibro?", "couldn't save that")
    assert NOT_SAVED_REPLY.split(",")[0] in reply, reply
    assert not any(e.get("text") == "is walking good for fibro?" for e in user_events(server, session_id(page)))
    assert ask(page, "is walking good for fibro?", "low-impact way to start")
    # The follow-up knows the subject; once it is answered, the turn before it is stored.
    ask(page, "how long should i start with?", "no single right amount")
    texts = [e.get("text") for e in user_events(server, session_id(page))]
    assert texts.count("is walking good for fibro?") == 1, texts  # the repaired turn, not the refused one


def _a_stored_web_conversation(server: Assistant) -> str:
    """A signed session id with a stored turn, written as the store writes one."""
    session = web_session.issue(WEB_SESSION_KEY.encode())
    event = {
        "event": "user",
        "timestamp": time.time(),
        "text": "is walking good for fibro?",
        "parse_data": {"intent": {"name": "ask"}},
        "input_channel": "webchat",
    }
    with sqlite3.connect(server.workdir / "conversations.db") as db:
        db.execute(
            "INSERT INTO events (sender_id, type_name, timestamp, intent_name, data) VALUES (?, 'user', ?, 'ask', ?)",
            (session, event["timestamp"], json.dumps(event)),
        )
    return session


@pytest.mark.slow
def test_forget_while_the_store_fails_gets_503_with_a_reason_and_keeps_the_conversation(server):
    forget = f"{server.url}/webhooks/webchat/forget"
    session = _a_stored_web_conversation(server)
    log_before = server.rasa.log.read_text(errors="replace")
    with read_only(server.workdir / "conversations.db"):
        status, body = http(
            forget, "POST", json.dumps({"session_id": session}).encode(), {"Content-Type": "application/json"}
        )
    assert status == 503, (status, body)
    assert "could not be erased" in json.loads(body)["error"], body
    assert len(user_events(server, session)) == 1  # nothing erased, nothing half-done
    new_log = server.rasa.log.read_text(errors="replace")[len(log_before) :]
    assert new_log.count("the tracker store could not erase") == 1, new_log  # logged once
    assert "Traceback" not in new_log and session not in new_log, new_log
    # Repaired: the same request erases it.
    status, body = http(
        forget, "POST", json.dumps({"session_id": session}).encode(), {"Content-Type": "application/json"}
    )
    assert (status, json.loads(body)) == (200, {"erased": True})
    assert user_events(server, session) == []


@pytest.mark.slow
@pytest.mark.browser
def test_forget_link_says_so_when_the_store_fails_and_the_page_keeps_the_conversation(open_chat, browser, server):
    page = open_chat()
    ask(page, "is walking good for fibro?", "low-impact way to start")
    session = session_id(page)
    page.on("dialog", lambda dialog: dialog.accept())
    with read_only(server.workdir / "conversations.db"):
        page.locator("#forget").click()
        page.locator("#status", has_text="could not be erased").wait_for()
    assert "try again" in page.locator("#status").inner_text().lower()
    # Chromium logs the 503 it got as a console error: that one is this test's fault, made
    # on purpose (open_chat fails the test on any other).
    problems = browser.records[page].problems
    assert len(problems) == 1 and "status of 503" in problems[0], problems
    problems.clear()
    # Nothing was cleared: the page, its session and the stored conversation are as before.
    assert "is walking good for fibro?" in transcript(page)
    assert session_id(page) == session and user_events(server, session)
    # Repaired: the same link erases it and starts a new conversation.
    with page.expect_navigation():
        page.locator("#forget").click()
    wait_for_reply(page, 0, "self-care assistant")
    assert session_id(page) != session and user_events(server, session) == []


@pytest.mark.slow
def test_typed_commands_get_the_same_replies_as_on_rest_and_telegram(server):
    run_in_own_loop(_typed_commands(server))


async def _typed_commands(server: Assistant) -> None:
    from channels.commands import RESTART_REPLY, UNKNOWN_COMMAND_REPLY, WEB_FORGET_REPLY

    me = Socket(server)
    try:
        session = await me.session()
        await me.say(session, "is cymbalta any good for fibro")
        await me.wait_for_reply("uloxetine")
        for typed, expected in (
            ("/stop", UNKNOWN_COMMAND_REPLY),
            ("/back", UNKNOWN_COMMAND_REPLY),
            ("/forget", WEB_FORGET_REPLY),
            ("/help", "/restart - start over"),
            ("/restart", RESTART_REPLY),
        ):
            me.replies.clear()
            await me.say(session, typed)
            await me.wait_for_reply(expected)
        # Started over: the follow-up has no subject; nothing was erased.
        await me.say(session, "what about its side effects?")
        await me.wait_for_reply("Which medicine")
        assert next(e.get("text") for e in user_events(server, session)) == "is cymbalta any good for fibro"
    finally:
        await me.close()
