/**
 * The phone page (docs/room.md): join with the code, see the open votes, vote with large taps,
 * send problems, ideas and questions. Nothing here is trusted by the laptop: it only makes the
 * laptop's small interface easy to use on a 360×640 screen over a weak Wi-Fi.
 */
import type { IdentifyResponse, JoinResponse, RoomPoll, RoomState, SubmissionKind } from '../shared/room/wire';
import { Refused, Unreachable, request } from './api';
import { editorFor, type Editor } from './ballots';
import { byId, h } from './dom';
import { randomId } from './ids';
import { Live } from './live';
import { Outbox, type Outcome } from './outbox';
import { EN, type Strings, TH } from './strings';

interface Session {
  token: string;
  forum: { id: string; title: string };
  role: JoinResponse['role'];
  group: JoinResponse['group'];
}

type Screen = { name: 'join'; message?: string } | { name: 'group'; message?: string } | { name: 'home' } | { name: 'poll'; pollId: string } | { name: 'identify'; pollId: string } | { name: 'ideas' } | { name: 'closed' };

type PollStatus = { kind: 'sending' } | { kind: 'waiting' } | { kind: 'saved'; receipt: string } | { kind: 'refused'; message: string };

const SESSION_KEY = 'wethi-room';
const LANG_KEY = 'wethi-room-lang';

let t: Strings = localStorage.getItem(LANG_KEY) === 'en' ? EN : TH;
let session: Session | null = readSession();
let snapshot: RoomState | null = null;
let screen: Screen = { name: 'home' };
let live: Live | null = null;
let online = true;
/**
 * The code in the address the phone was opened with, while the saved session is not yet known
 * to be good: a phone that was in an earlier forum's room (last month's, on the same laptop)
 * joins the new room with it instead of asking for the code again.
 */
let scannedCode: string | null = null;
const drafts = new Map<string, Record<string, unknown>>();
const pollStatus = new Map<string, PollStatus>();
let ideaStatus = '';
/** The editor on screen, to read its ballot when "send" is pressed. */
let editor: { pollId: string; editor: Editor; send: HTMLButtonElement } | null = null;

const outbox = new Outbox(() => session?.token ?? null, onOutcome);

function readSession(): Session | null {
  try {
    return JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
  } catch {
    return null;
  }
}

function saveSession(s: Session | null): void {
  session = s;
  try {
    if (s) localStorage.setItem(SESSION_KEY, JSON.stringify(s));
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    // No storage (private mode): the session lasts as long as the page.
  }
}

// ---------------------------------------------------------------------------------------------
// Start-up and the live line

function codeFromUrl(): string | null {
  const code = new URLSearchParams(location.search).get('c');
  return code && /^\d{4,12}$/.test(code) ? code : null;
}

async function start(): Promise<void> {
  const code = codeFromUrl();
  if (session) {
    // A scanned code for another room: join it once we know the saved token is not for it.
    scannedCode = code;
    if (code) history.replaceState(null, '', location.pathname);
    connect();
    return;
  }
  if (code) await join(code);
  else go({ name: 'join' });
}

async function join(code: string): Promise<void> {
  go({ name: 'join', message: t.joining });
  try {
    await joinWith(code);
  } catch (error) {
    go({ name: 'join', message: joinRefusal(error) });
  }
}

/** Joins with a code and makes the answer this phone's session (its earlier one, if any, is left). */
async function joinWith(code: string): Promise<void> {
  const joined = await request<JoinResponse>('POST', '/room/join', null, { code });
  saveSession({ token: joined.voterToken, forum: joined.forum, role: joined.role, group: joined.group });
  scannedCode = null;
  snapshot = null;
  history.replaceState(null, '', location.pathname);
  connect();
}

function joinRefusal(error: unknown): string {
  return error instanceof Refused
    ? error.code === 'code_expired'
      ? t.expiredCode
      : error.code === 'room_closed'
        ? t.roomClosed
        : error.code === 'unauthorized' || error.code === 'validation'
          ? t.badCode
          : error.message
    : t.cannotReach;
}

/** A scribe's phone (often one that joined with the room's code first) becomes the group's phone. */
async function joinGroup(code: string): Promise<void> {
  if (!/^\d{8}$/.test(code)) {
    go({ name: 'group', message: t.badCode });
    return;
  }
  go({ name: 'group', message: t.joining });
  try {
    await joinWith(code);
    go({ name: 'home' });
  } catch (error) {
    go({ name: 'group', message: joinRefusal(error) });
  }
}

function connect(): void {
  if (!session) return;
  live?.dispose();
  const current: Live = new Live(session.token, {
    state: (s) => {
      // The saved session is good here: a scanned code is the same room's.
      scannedCode = null;
      snapshot = s;
      refresh();
    },
    connected: setOnline,
    closed: () => go({ name: 'closed' }),
    unauthorized: () => {
      // Told twice (the stream and the request), or by a line already replaced: act once.
      if (live !== current) return;
      // The laptop no longer knows this phone (another forum, a new database): join again,
      // with the code the phone was opened with if there was one.
      saveSession(null);
      current.dispose();
      live = null;
      const code = scannedCode ?? codeFromUrl();
      scannedCode = null;
      if (code) void join(code);
      else go({ name: 'join' });
    },
  });
  live = current;
  live.start();
  void live.resync();
  if (screen.name === 'join' || screen.name === 'closed') screen = { name: 'home' };
  render();
  outbox.kick();
}

/** Back from sleep, from the back-forward cache, or back online: reconnect and resend. */
function wake(): void {
  if (document.visibilityState === 'hidden') return;
  live?.restart();
  outbox.kick();
}
document.addEventListener('visibilitychange', wake);
window.addEventListener('pageshow', (e) => {
  if ((e as PageTransitionEvent).persisted) wake();
});
window.addEventListener('online', wake);
window.addEventListener('offline', () => setOnline(false));

/**
 * The live line says it is up or down. Only coming back sends what waits at once: a send that
 * keeps failing while the line is up (the laptop busy, 429) backs off as the outbox says,
 * rather than being resent by every snapshot, heartbeat and redraw.
 */
function setOnline(value: boolean): void {
  const back = value && !online;
  online = value;
  showNet();
  if (back) outbox.kick();
}

function showNet(): void {
  const net = byId('net');
  net.textContent = online ? t.online : t.offline;
  net.className = online ? '' : 'off';
}

// ---------------------------------------------------------------------------------------------
// Sending

function onOutcome(outcome: Outcome): void {
  if (outcome.item.kind === 'idea') {
    ideaStatus = outcome.kind === 'stored' ? t.submitted : outcome.kind === 'waiting' ? t.queued : `${t.invalid}${outcome.message}`;
    showStatus(outcome.kind === 'stored' ? 'ok' : outcome.kind === 'waiting' ? 'wait' : 'err', ideaStatus);
    return;
  }
  const pollId = outcome.item.pollId;
  // A newer ballot for this poll is still on its way: only its outcome counts on screen.
  if (outcome.kind !== 'waiting' && outbox.has(pollId)) return;
  const status: PollStatus =
    outcome.kind === 'stored'
      ? { kind: 'saved', receipt: outcome.receipt ?? '' }
      : outcome.kind === 'waiting'
        ? { kind: 'waiting' }
        : { kind: 'refused', message: refusalText(outcome.code, outcome.message) };
  pollStatus.set(pollId, status);
  if (outcome.kind === 'stored' && snapshot) {
    snapshot = { ...snapshot, polls: snapshot.polls.map((p) => (p.id === pollId ? { ...p, voted: true } : p)) };
  }
  refresh();
}

function refusalText(code: string, message: string): string {
  if (code === 'already_voted') return t.alreadyVoted;
  if (code === 'not_open' || code === 'not_found') return t.pollClosed;
  if (code === 'needs_identity') return t.needParticipant;
  return `${t.invalid}${message}`;
}

function sendBallot(): void {
  if (!editor) return;
  const ballot = editor.editor.ballot();
  if (!ballot) return;
  const ballotId = randomId();
  pollStatus.set(editor.pollId, { kind: 'sending' });
  outbox.add({ kind: 'ballot', id: ballotId, pollId: editor.pollId, body: { ballotId, pollId: editor.pollId, ballot }, token: session?.token });
  refresh();
}

// ---------------------------------------------------------------------------------------------
// Screens

function go(next: Screen): void {
  screen = next;
  render();
  window.scrollTo(0, 0);
}

function showStatus(kind: 'ok' | 'wait' | 'err' | '', text: string): void {
  const bar = byId('status');
  bar.className = `status ${kind}`;
  bar.textContent = text;
}

function title(): string {
  return session?.forum.title ?? t.appName;
}

function render(): void {
  byId('title').textContent = title();
  document.title = `${title()} · ${t.appName}`;
  const app = byId('app');
  editor = null;
  showStatus('', '');
  switch (screen.name) {
    case 'join':
      app.replaceChildren(joinScreen(screen.message));
      break;
    case 'group':
      app.replaceChildren(groupScreen(screen.message));
      break;
    case 'closed':
      app.replaceChildren(h('h2', {}, t.roomClosed), h('p', { class: 'muted' }, t.waitingHelp));
      break;
    case 'home':
      app.replaceChildren(homeScreen());
      break;
    case 'poll':
      app.replaceChildren(pollScreen(screen.pollId));
      break;
    case 'identify':
      app.replaceChildren(identifyScreen(screen.pollId));
      break;
    case 'ideas':
      app.replaceChildren(ideasScreen());
      break;
  }
  showNet();
}

/**
 * A new snapshot: redraw what holds no input (the list of votes), and on a ballot only its
 * banner and status, never the ballot being filled in.
 */
function refresh(): void {
  if (screen.name === 'home') {
    const polls = snapshot?.polls ?? [];
    // Waiting on the home screen and one vote opens: take the phone straight to it.
    const unvoted = polls.filter((p) => !p.voted && p.needs === null);
    if (polls.length === 1 && unvoted.length === 1 && unvoted[0]) go({ name: 'poll', pollId: unvoted[0].id });
    else render();
    return;
  }
  if (screen.name === 'poll' && editor) {
    // The vote closed after this phone's ballot was stored: move on (to the next vote, if one is open).
    // A ballot not sent yet stays on screen, with the notice that the vote has closed.
    const pollId = screen.pollId;
    if (!findPoll(pollId) && pollStatus.get(pollId)?.kind === 'saved' && !outbox.has(pollId)) {
      go({ name: 'home' });
      refresh();
      return;
    }
    updatePollStatus(pollId);
    return;
  }
  if (screen.name === 'poll') render();
}

function joinScreen(message?: string): HTMLElement {
  // No `pattern`: the browser's own refusal would block a code typed with a space (as it is read
  // off the screen) and speak English; the digits are taken here and a short code told in Thai.
  const input = h('input', { id: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 12, 'aria-label': t.code });
  const submit = (e: Event) => {
    e.preventDefault();
    const code = input.value.replace(/\D/g, '');
    if (code.length >= 4) void join(code);
    else go({ name: 'join', message: t.badCode });
  };
  return h(
    'form',
    { onsubmit: submit },
    h('h2', {}, t.joinTitle),
    h('p', { class: 'muted' }, t.joinHelp),
    h('label', { for: 'code' }, t.code),
    input,
    h('button', { type: 'submit', class: 'primary' }, t.join),
    message ? h('p', { class: message === t.joining ? 'muted' : 'err', role: 'alert' }, message) : null,
    languageSwitch(),
  );
}

function groupScreen(message?: string): HTMLElement {
  const input = h('input', { id: 'group-code', inputmode: 'numeric', autocomplete: 'off', maxlength: 12 });
  const submit = (e: Event) => {
    e.preventDefault();
    void joinGroup(input.value.replace(/\D/g, ''));
  };
  return h(
    'form',
    { onsubmit: submit },
    backButton(),
    h('h2', {}, t.joinGroup),
    h('p', { class: 'muted' }, t.joinGroupHelp),
    h('label', { for: 'group-code' }, t.groupCode),
    input,
    h('button', { type: 'submit', class: 'primary' }, t.join),
    message ? h('p', { class: message === t.joining ? 'muted' : 'err', role: 'alert' }, message) : null,
  );
}

/** The way in for a group's scribe, under the votes and the ideas form of a phone that is not one yet. */
function groupLink(): HTMLElement | null {
  return session?.role === 'group' ? null : h('button', { type: 'button', class: 'link', 'data-join-group': '', onclick: () => go({ name: 'group' }) }, t.joinGroup);
}

function identityLine(): HTMLElement | null {
  const ids = snapshot?.identities ?? [];
  const words = ids.map((i) => (i.kind === 'participant' ? `${t.hello(i.firstName)} (#${i.badgeNumber})` : i.kind === 'code' ? `${t.votingCode} #${i.number}` : t.groupOf(i.name)));
  return words.length > 0 ? h('p', { class: 'muted', 'data-identity': '' }, words.join(' · ')) : null;
}

function tabs(active: 'votes' | 'ideas'): HTMLElement {
  return h(
    'nav',
    {},
    h('button', { type: 'button', class: active === 'votes' ? 'chosen' : '', onclick: () => go({ name: 'home' }) }, t.votesTab),
    h('button', { type: 'button', class: active === 'ideas' ? 'chosen' : '', onclick: () => go({ name: 'ideas' }) }, t.ideasTab),
  );
}

function homeScreen(): HTMLElement {
  const polls = snapshot?.polls ?? [];
  if (!snapshot) return h('div', {}, tabs('votes'), h('p', { class: 'muted' }, t.loading));
  return h(
    'div',
    {},
    tabs('votes'),
    identityLine(),
    polls.length === 0
      ? h('div', { 'data-waiting': '' }, h('h2', {}, t.waiting), h('p', { class: 'muted' }, t.waitingHelp))
      : h(
          'div',
          {},
          h('h2', {}, t.openPolls),
          ...polls.map((p) =>
            h('button', { type: 'button', 'data-poll': p.id, onclick: () => go(p.needs === 'participant' || p.needs === 'code' ? { name: 'identify', pollId: p.id } : { name: 'poll', pollId: p.id }) }, p.title, p.voted ? h('span', { class: 'badge' }, t.voted) : null),
          ),
        ),
    h('div', { class: 'links' }, groupLink(), languageSwitch()),
  );
}

function findPoll(pollId: string): RoomPoll | undefined {
  return snapshot?.polls.find((p) => p.id === pollId);
}

function pollScreen(pollId: string): HTMLElement {
  const poll = findPoll(pollId);
  if (!poll) return h('div', {}, backButton(), h('h2', {}, t.pollClosed));
  if (poll.needs === 'eligible') return h('div', {}, backButton(), h('h2', {}, poll.title), h('p', { class: 'note' }, t.notEligible));
  if (poll.needs) return identifyScreen(pollId);
  let draft = drafts.get(pollId);
  if (!draft) {
    draft = {};
    drafts.set(pollId, draft);
  }
  const send = h('button', { type: 'button', class: 'primary', id: 'send', onclick: sendBallot }, t.send);
  const ed = editorFor({ poll, t, draft, changed: () => updatePollStatus(pollId) });
  editor = { pollId, editor: ed, send };
  const view = h(
    'div',
    { 'data-poll-screen': pollId },
    backButton(),
    h('h2', {}, poll.title),
    h('div', { id: 'banner' }),
    session?.group
      ? h('p', { class: 'muted' }, t.asGroup(session.group.name))
      : poll.secret
        ? h('p', { class: 'muted' }, t.secret)
        : poll.voters === 'devices'
          ? h('p', { class: 'muted' }, t.devices)
          : null,
    ed.el,
    send,
  );
  queueMicrotask(() => updatePollStatus(pollId));
  return view;
}

/** The ballot's banner, send button and status line, from the snapshot and the outbox. */
function updatePollStatus(pollId: string): void {
  if (!editor || editor.pollId !== pollId) return;
  const poll = findPoll(pollId);
  const banner = document.getElementById('banner');
  const status = pollStatus.get(pollId);
  const pending = outbox.has(pollId);
  const closed = !poll;
  const locked = !!poll && poll.voted && !poll.allowChange;
  if (banner) {
    banner.replaceChildren(
      closed ? h('p', { class: 'note', role: 'alert' }, t.pollClosed) : locked ? h('p', { class: 'note' }, t.alreadyVoted, ' · ', t.noChange) : poll?.voted ? h('p', { class: 'muted' }, t.alreadyVoted) : '',
    );
  }
  editor.send.textContent = poll?.voted ? t.change : t.send;
  editor.send.disabled = closed || locked || pending || editor.editor.ballot() === null;
  if (pending) showStatus('wait', status?.kind === 'waiting' ? t.queued : t.sending);
  else if (status?.kind === 'saved') showStatus('ok', `${t.saved}  ${t.receipt} ${status.receipt}`);
  else if (status?.kind === 'refused') showStatus('err', status.message);
  else showStatus('', '');
}

function backButton(): HTMLElement {
  return h('button', { type: 'button', class: 'link', onclick: () => go({ name: 'home' }) }, t.back);
}

function identifyScreen(pollId: string): HTMLElement {
  const poll = findPoll(pollId);
  const needs = poll?.needs;
  const error = h('p', { class: 'err', role: 'alert' });
  const badge = h('input', { id: 'badge', inputmode: 'numeric', maxlength: 7 });
  const personal = h('input', { id: 'personal', inputmode: 'numeric', maxlength: 8 });
  // No `pattern` on these (see joinScreen): printed as "1234 5678", typed as printed, non-digits dropped.
  const voting = h('input', { id: 'voting', inputmode: 'numeric', maxlength: 12 });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!session) return;
    const body = needs === 'code' ? { votingCode: voting.value.replace(/\D/g, '') } : { badgeNumber: Number(badge.value.replace(/\D/g, '')), personalCode: personal.value.replace(/\D/g, '') };
    try {
      await request<IdentifyResponse>('POST', '/room/identify', session.token, body);
      await live?.resync();
      go({ name: 'poll', pollId });
    } catch (err) {
      error.textContent =
        err instanceof Refused
          ? err.code === 'identity_taken'
            ? t.identityTaken
            : err.code === 'too_many_attempts' || err.code === 'rate_limited'
              ? t.tooMany
              : t.wrongIdentity
          : err instanceof Unreachable
            ? t.cannotReach
            : String(err);
    }
  };
  return h(
    'form',
    { onsubmit: submit },
    backButton(),
    h('h2', {}, poll?.title ?? ''),
    h('p', { class: 'note' }, needs === 'code' ? t.needCode : t.needParticipant),
    ...(needs === 'code'
      ? [h('label', { for: 'voting' }, t.votingCode), voting]
      : [h('label', { for: 'badge' }, t.badge), badge, h('label', { for: 'personal' }, t.personalCode), personal]),
    h('button', { type: 'submit', class: 'primary' }, t.confirm),
    error,
  );
}

function ideasScreen(): HTMLElement {
  const group = session?.role === 'group';
  const kinds: SubmissionKind[] = group ? ['issue', 'report', 'question'] : ['issue', 'idea', 'question'];
  const draft = drafts.get('idea') ?? { kind: 'issue' };
  // A phone that has just become a group's: "idea" is not among a group's kinds.
  if (!kinds.includes(draft.kind as SubmissionKind)) draft.kind = 'issue';
  drafts.set('idea', draft);
  const field = (key: string, tag: 'input' | 'textarea') =>
    h(tag, {
      id: `idea-${key}`,
      maxlength: key === 'text' ? 2000 : 1000,
      value: typeof draft[key] === 'string' ? (draft[key] as string) : '',
      oninput: (e: Event) => {
        draft[key] = (e.target as HTMLInputElement).value;
      },
    });
  const box = h('div');
  const pickKind = (k: SubmissionKind) => {
    draft.kind = k;
    draw();
  };
  const draw = () => {
    const kind = draft.kind as SubmissionKind;
    const main = kind === 'issue' ? t.problem : kind === 'idea' ? t.idea : kind === 'report' ? t.report : t.question;
    box.replaceChildren(
      h('div', { class: 'row' }, ...kinds.map((k) => h('button', { type: 'button', class: `small${kind === k ? ' chosen' : ''}`, onclick: () => pickKind(k) }, kindLabel(k)))),
      h('label', { for: 'idea-text' }, main),
      field('text', 'textarea'),
      kind === 'issue' ? h('label', { for: 'idea-cause' }, t.cause) : '',
      kind === 'issue' ? field('cause', 'input') : '',
      kind === 'issue' ? h('label', { for: 'idea-need' }, t.need) : '',
      kind === 'issue' ? field('need', 'input') : '',
      group ? '' : h('label', { for: 'idea-name' }, t.name),
      group ? '' : field('name', 'input'),
      group
        ? ''
        : h(
            'label',
            {},
            h('input', { type: 'checkbox', id: 'idea-anonymous', style: 'width:auto;min-height:0;margin-right:8px', checked: draft.anonymous === true, onchange: (e: Event) => {
                draft.anonymous = (e.target as HTMLInputElement).checked;
              },
            }),
            t.anonymous,
          ),
      h('button', { type: 'submit', class: 'primary' }, t.submit),
    );
  };
  draw();
  const submit = (e: Event) => {
    e.preventDefault();
    const text = String(draft.text ?? '').trim();
    if (!text) return;
    const submissionId = randomId();
    const str = (k: string) => (typeof draft[k] === 'string' && (draft[k] as string).trim() ? (draft[k] as string).trim() : undefined);
    outbox.add({
      kind: 'idea',
      id: submissionId,
      token: session?.token,
      body: { submissionId, kind: draft.kind as SubmissionKind, text, cause: str('cause'), need: str('need'), name: str('name'), anonymous: draft.anonymous === true },
    });
    // It is in the outbox now: the form is free for the next one.
    drafts.set('idea', { kind: draft.kind, name: draft.name, anonymous: draft.anonymous });
    go({ name: 'ideas' });
    showStatus('wait', t.sending);
  };
  return h('form', { onsubmit: submit }, tabs('ideas'), identityLine(), box);
}

function kindLabel(k: SubmissionKind): string {
  return k === 'issue' ? t.kindIssue : k === 'idea' ? t.kindIdea : k === 'question' ? t.kindQuestion : t.kindReport;
}

function languageSwitch(): HTMLElement {
  const other = t === TH ? EN : TH;
  return h(
    'button',
    {
      type: 'button',
      class: 'link',
      lang: other === EN ? 'en' : 'th',
      onclick: () => {
        t = other;
        document.documentElement.lang = t === EN ? 'en' : 'th';
        try {
          localStorage.setItem(LANG_KEY, t === EN ? 'en' : 'th');
        } catch {
          // No storage: the choice lasts as long as the page.
        }
        render();
      },
    },
    other === EN ? t.english : t.thai,
  );
}

void start();
