// The student's page (join.html, reached from the game's address with ?join=CODE): one state, one render.
// Latin-only font files and a base of its own: nothing here is shared with the game's first paint.
import '@fontsource/pt-serif/latin-400.css';
import '@fontsource/pt-serif/latin-700.css';
import '@fontsource/oswald/latin-500.css';
import './student-base.css';
import './student.css';
import { render } from 'lit-html';
import { normaliseJoinCode } from '../../src/live/join-code.ts';
import { type RelayMessage, validNickname } from '../../src/live/messages.ts';
import { LiveLink } from './connection.ts';
import { deviceId, loadVote, remember, storeVote } from './device.ts';
import { RELAY_SETTING, relayAddress } from './relay-address.ts';
import { type StudentState, studentView } from './student-view.ts';

const ROLE_KEY = 'organiser:live-role';

const NOTICES: Record<string, string> = {
  'too-many-changes': 'You have changed your vote as often as a vote may change: it stays as it is.',
  revealed: 'The teacher has already revealed the result.',
  'slow-down': 'One moment: too many taps at once. Try again.',
  'too-many-nicknames': 'Your nickname has changed as often as it may: it stays as it is.',
};

function mount(root: HTMLElement): void {
  const params = new URLSearchParams(location.search);
  const typed = params.get('join') ?? '';
  const code = normaliseJoinCode(typed) ?? typed.toUpperCase();
  const relay = relayAddress(location.search, remember(RELAY_SETTING), location.protocol);
  let state: StudentState = {
    code,
    link: relay ? { kind: 'connecting' } : { kind: 'no-relay' },
    room: null,
    previous: null,
    mine: loadVote(code),
    confirmed: false,
    changesLeft: null,
    notice: null,
    roleId: remember(ROLE_KEY),
    roles: [],
    decisions: new Map(),
    // Held in this page's memory only: never in the browser's storage, gone with the lesson.
    nickname: null,
  };
  let link: LiveLink | null = null;
  let sentOnThisLink = false;

  const set = (patch: Partial<StudentState>) => {
    state = { ...state, ...patch };
    render(studentView(state, actions), root);
  };
  const currentKey = () => (state.room?.round ? `${state.room.round.step}:${state.room.round.decision}` : null);
  const sendMine = () => {
    const mine = state.mine;
    if (!link || !mine || mine.round !== currentKey() || state.room?.phase !== 'voting') return;
    sentOnThisLink = link.send({ t: 'vote', round: mine.round, index: mine.index, seq: mine.seq });
  };
  const heard = (message: Exclude<RelayMessage, { t: 'state' }>) => {
    if (message.t === 'you') {
      const mine = state.mine;
      const adopt = !mine || mine.round !== message.round || message.seq >= mine.seq;
      const next = adopt ? { round: message.round, index: message.index, seq: message.seq } : mine;
      storeVote(code, next);
      set({ mine: next, confirmed: next.index === message.index, changesLeft: message.changesLeft });
    } else if (message.t === 'refused' && NOTICES[message.reason]) set({ notice: NOTICES[message.reason] ?? null });
  };
  const sendNickname = () => {
    if (link && state.nickname) link.send({ t: 'nick', name: state.nickname });
  };

  const actions = {
    vote(index: number) {
      const key = currentKey();
      if (!key || state.room?.phase !== 'voting') return;
      const seq = (state.mine?.round === key ? state.mine.seq : 0) + 1;
      const mine = { round: key, index, seq };
      storeVote(code, mine);
      set({ mine, confirmed: false, notice: null });
      sendMine();
    },
    nickname(typed: string) {
      const name = validNickname(typed);
      if (!name) {
        set({ notice: 'A nickname is up to 20 letters, digits and spaces (or leave it out: it is optional).' });
        return;
      }
      set({ nickname: name, notice: null });
      sendNickname();
    },
    pickRole(id: string | null) {
      remember(ROLE_KEY, id);
      set({ roleId: id });
    },
    rejoin(typedCode: string) {
      const next = new URLSearchParams(location.search);
      next.set('join', normaliseJoinCode(typedCode) ?? typedCode.trim().toUpperCase());
      location.search = `?${next.toString()}`;
    },
  };

  document.title = `Class vote ${code} · The Organiser`;
  set({});
  void Promise.all([import('../../assets/classroom/roles.json'), import('../../assets/classroom/decisions.json')]).then(([r, d]) =>
    set({ roles: r.default.roles, decisions: new Map(d.default.decisions.map((x) => [x.id, x])) }),
  );
  if (!relay) return;
  if (!normaliseJoinCode(typed)) {
    set({ link: { kind: 'refused', reason: 'unknown-code' } });
    return;
  }
  link = new LiveLink(
    { relay, code, token: { role: 'student', device: deviceId() } },
    {
      onStatus: (status) => set({ link: status }),
      onLive: () => {
        sentOnThisLink = false;
        sendNickname();
      },
      onState: (room) => {
        const changed = room.round && state.room?.round && `${room.round.step}:${room.round.decision}` !== currentKey();
        const previous = changed && state.room?.phase === 'revealed' ? state.room : state.previous;
        set({ room, previous, ...(changed ? { notice: null, changesLeft: null } : {}) });
        if (!sentOnThisLink) sendMine();
      },
      onMessage: heard,
    },
  );
}

const root = document.getElementById('student');
if (root) mount(root);
