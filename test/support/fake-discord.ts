import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SnowflakeUtil } from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A small Discord-compatible REST + gateway server on 127.0.0.1, for end-to-end tests in which the real
 * discord.js client logs in (`rest.api` = `apiBase`). It keeps what the bot sent (command registrations,
 * interaction responses, webhook edits) for the test to check, and lets the test send gateway events.
 */

export interface RecordedRequest {
  method: string;
  /** Path below the API version, e.g. `/applications/1/guilds/2/commands`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

type JsonObject = Record<string, unknown>;

export interface FakeDiscordOptions {
  token: string;
}

const OPCODE = { dispatch: 0, heartbeat: 1, identify: 2, hello: 10, heartbeatAck: 11 } as const;

/**
 * A command as Discord stores and returns it: with an id, a version and defaults added, so that a naive
 * comparison with what was sent would always see a change.
 */
export function asDiscordStoresIt(
  command: JsonObject,
  stored: { applicationId: string; version: string; guildId?: string | undefined },
): JsonObject {
  const options = Array.isArray(command.options)
    ? (command.options as JsonObject[]).map(({ required, ...option }) => ({
        ...option,
        ...(required ? { required } : {}),
        name_localizations: null,
        description_localizations: null,
      }))
    : undefined;
  return {
    id: SnowflakeUtil.generate().toString(),
    application_id: stored.applicationId,
    version: stored.version,
    type: 1,
    default_member_permissions: null,
    dm_permission: true,
    nsfw: false,
    integration_types: [0],
    contexts: null,
    name_localizations: null,
    description_localizations: null,
    ...(stored.guildId ? { guild_id: stored.guildId } : {}),
    ...command,
    ...(options ? { options } : {}),
  };
}

export class FakeDiscord {
  readonly applicationId = SnowflakeUtil.generate().toString();
  readonly guildId = SnowflakeUtil.generate().toString();
  readonly channelId = SnowflakeUtil.generate().toString();
  readonly userId = SnowflakeUtil.generate().toString();
  readonly requests: RecordedRequest[] = [];
  /** Registered commands by route scope: `global` or the guild id. */
  readonly commands = new Map<string, JsonObject[]>();
  /** Gateway connections that identified, for the test to count. */
  identifies = 0;

  private readonly events = new EventEmitter();
  private readonly sockets = new Set<WebSocket>();
  private sequence = 0;
  private commandVersion = 1;

  private constructor(
    private readonly server: Server,
    private readonly gateway: WebSocketServer,
    private readonly options: FakeDiscordOptions,
  ) {}

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const server = createServer();
    const gateway = new WebSocketServer({ server });
    const fake = new FakeDiscord(server, gateway, options);
    server.on('request', (request, response) => void fake.onRequest(request, response));
    gateway.on('connection', (socket) => fake.onConnection(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  private get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  /** What to give discord.js as `rest.api`; it appends `/v10`. */
  get apiBase(): string {
    return `http://${this.origin}/api`;
  }

  get gatewayUrl(): string {
    return `ws://${this.origin}`;
  }

  get openSockets(): number {
    return this.sockets.size;
  }

  /** Requests matching `method` and a path pattern. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path));
  }

  /** The first recorded request that matches, waiting for it if it has not come yet. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('request', listener);
        reject(new Error('the bot did not send the expected request in time'));
      }, timeoutMs);
      const listener = (request: RecordedRequest) => {
        if (!match(request)) return;
        clearTimeout(timer);
        this.events.off('request', listener);
        resolve(request);
      };
      this.events.on('request', listener);
    });
  }

  /** The interaction callback (`POST /interactions/:id/:token/callback`) the bot sends for `interactionId`. */
  waitForCallback(interactionId: string): Promise<RecordedRequest> {
    return this.waitForRequest((request) => request.method === 'POST' && request.path.startsWith(`/interactions/${interactionId}/`));
  }

  // ---- interactions the test sends -------------------------------------------------------------------

  private member(): JsonObject {
    return {
      user: { id: this.userId, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null },
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '0',
    };
  }

  private interaction(type: number, data: JsonObject, extra: JsonObject = {}): JsonObject {
    const id = SnowflakeUtil.generate().toString();
    return {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' },
      member: this.member(),
      token: `interaction-token-${id}`,
      version: 1,
      locale: 'en-US',
      guild_locale: 'en-US',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      ...extra,
    };
  }

  private commandIdOf(name: string): string {
    for (const commands of this.commands.values()) {
      const command = commands.find((candidate) => candidate.name === name);
      if (command) return String(command.id);
    }
    return SnowflakeUtil.generate().toString();
  }

  /** A user runs `/name option:value…`. Returns the interaction id. */
  sendCommand(name: string, options: Record<string, string>): string {
    const payload = this.interaction(2, {
      id: this.commandIdOf(name),
      name,
      type: 1,
      options: Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value })),
    });
    this.dispatch('INTERACTION_CREATE', payload);
    return String(payload.id);
  }

  /** A user types into an autocomplete option. Returns the interaction id. */
  sendAutocomplete(name: string, focused: string, value: string): string {
    const payload = this.interaction(4, {
      id: this.commandIdOf(name),
      name,
      type: 1,
      options: [{ name: focused, type: 3, value, focused: true }],
    });
    this.dispatch('INTERACTION_CREATE', payload);
    return String(payload.id);
  }

  /** A user presses a button with `customId` on a message the bot sent. Returns the interaction id. */
  sendButton(customId: string, message: JsonObject = {}): string {
    const payload = this.interaction(
      3,
      { custom_id: customId, component_type: 2 },
      { message: this.message({ ...message, interaction_metadata: undefined }) },
    );
    this.dispatch('INTERACTION_CREATE', payload);
    return String(payload.id);
  }

  private message(fields: JsonObject): JsonObject {
    return {
      id: SnowflakeUtil.generate().toString(),
      channel_id: this.channelId,
      type: 0,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      author: this.botUser(),
      ...fields,
    };
  }

  // ---- REST ------------------------------------------------------------------------------------------

  private botUser(): JsonObject {
    return { id: this.applicationId, username: 'newsdesk', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${this.origin}`);
    const path = url.pathname.replace(/^\/api\/v\d+/, '');
    const raw = await readBody(request);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      authorization: request.headers.authorization,
    };
    if (recorded.authorization !== `Bot ${this.options.token}` && !path.startsWith('/interactions/') && !path.startsWith('/webhooks/')) {
      send(response, 401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    const reply = this.route(recorded);
    this.requests.push(recorded);
    this.events.emit('request', recorded);
    if (reply === undefined) send(response, 404, { message: `Unknown route ${recorded.method} ${path}`, code: 0 });
    else if (reply === null) send(response, 204);
    else send(response, 200, reply);
  }

  /** The response body: an object, `null` for 204 No Content, undefined for an unknown route. */
  private route(request: RecordedRequest): unknown {
    const { method, path } = request;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      };
    }
    if (method === 'GET' && path === '/users/@me') return this.botUser();
    if (method === 'GET' && path === '/applications/@me') return { id: this.applicationId, name: 'newsdesk', flags: 0 };
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (commands && commands[1] === this.applicationId) {
      const scope = commands[2] ?? 'global';
      if (method === 'GET') return this.commands.get(scope) ?? [];
      if (method === 'PUT') {
        const stored = (request.body as JsonObject[]).map((command) => asDiscordStoresIt(command, { applicationId: this.applicationId, version: String(this.commandVersion++), guildId: commands[2] }));
        this.commands.set(scope, stored);
        return stored;
      }
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      return request.query.get('with_response') === 'true' ? { interaction: { id: path.split('/')[2], type: 2 } } : null;
    }
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (webhook) {
      if (method === 'DELETE') return null;
      if (method === 'PATCH' || method === 'POST' || method === 'GET') return this.message((request.body as JsonObject) ?? {});
    }
    return undefined;
  }

  // ---- gateway ---------------------------------------------------------------------------------------

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: OPCODE.hello, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    socket.on('message', (raw) => {
      let payload: { op?: number; d?: JsonObject };
      try {
        payload = JSON.parse(String(raw));
      } catch {
        return;
      }
      if (payload.op === OPCODE.heartbeat) {
        socket.send(JSON.stringify({ op: OPCODE.heartbeatAck, d: null, s: null, t: null }));
      } else if (payload.op === OPCODE.identify) {
        if (payload.d?.token !== this.options.token) {
          socket.close(4004, 'Authentication failed.');
          return;
        }
        this.identifies++;
        this.send(socket, 'READY', {
          v: 10,
          user: this.botUser(),
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: `session-${this.identifies}`,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
        });
        this.send(socket, 'GUILD_CREATE', this.guild());
      }
    });
  }

  private guild(): JsonObject {
    return {
      id: this.guildId,
      name: 'Newsroom',
      icon: null,
      owner_id: this.userId,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: this.guildId, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      channels: [{ id: this.channelId, type: 0, name: 'general', guild_id: this.guildId, position: 0, permission_overwrites: [] }],
      threads: [],
      members: [],
      member_count: 1,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private send(socket: WebSocket, event: string, data: unknown): void {
    socket.send(JSON.stringify({ op: OPCODE.dispatch, t: event, s: ++this.sequence, d: data }));
  }

  /** Send a gateway event to every connected client. */
  dispatch(event: string, data: unknown): void {
    for (const socket of this.sockets) this.send(socket, event, data);
  }

  /** Close every socket and the server. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}
