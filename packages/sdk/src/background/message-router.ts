import { MESSAGE_TYPES, Message, firstIssueReason } from '../protocol/index.ts';
import type {
  MessageError,
  MessageErrorCode,
  MessageOf,
  MessageReply,
  MessageType,
  ResponseOf,
} from '../protocol/index.ts';

/** Who sent a message, as `runtime.onMessage` reports it (a subset of `Runtime.MessageSender`). */
export interface MessageSenderLike {
  /** The sending extension's id; content scripts and pages of this extension carry ours. */
  id?: string;
  /** The sending page or frame. */
  url?: string;
}

/** Answers one message type. May throw: the router turns a throw into `handler_failed`. */
export type Handler<K extends MessageType> = (
  message: MessageOf<K>,
  sender: MessageSenderLike,
) => Promise<ResponseOf<K>>;

/** One handler per message type; the compiler refuses a missing or mistyped one. */
export type HandlerMap = { [K in MessageType]: Handler<K> };

/** Options of {@link createMessageRouter}. */
export interface MessageRouterOptions {
  /** This extension's id (`runtime.id`): only senders with this id are served. */
  extensionId: string;
  handlers: HandlerMap;
}

/** Validates and dispatches content → background messages. */
export interface MessageRouter {
  /** Never rejects: every outcome, including a bad message or a failing handler, is a reply. */
  handle(raw: unknown, sender: MessageSenderLike): Promise<MessageReply>;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(MESSAGE_TYPES);

/**
 * True when `raw` claims to be one of our messages (its `type` is ours). The runtime listener
 * answers only those, so the host extension's own messages still reach its own listeners.
 */
export function isCompanionMessage(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    'type' in raw &&
    typeof raw.type === 'string' &&
    KNOWN_TYPES.has(raw.type)
  );
}

/**
 * Creates the router. Every message is checked in this order: sender is this extension, body
 * matches the `Message` schema, then the handler for its `type` runs. There is deliberately no
 * message that makes the background fetch a caller-chosen URL: it talks only to its configured
 * server, so a compromised page cannot use it as a proxy.
 *
 * @example
 * const router = createMessageRouter({ extensionId: browser.runtime.id, handlers });
 * browser.runtime.onMessage.addListener((raw, sender) => isCompanionMessage(raw) ? router.handle(raw, sender) : undefined);
 */
export function createMessageRouter({ extensionId, handlers }: MessageRouterOptions): MessageRouter {
  return {
    async handle(raw, sender) {
      if (sender.id !== extensionId) return failure('forbidden_sender', 'sender is not this extension');
      const parsed = Message.safeParse(raw);
      if (!parsed.success) return failure('invalid_message', firstIssueReason(parsed.error));
      try {
        return { ok: true, data: await dispatch(parsed.data, handlers, sender) };
      } catch {
        // The thrown error may carry page data; the reply says only that the handler failed.
        return failure('handler_failed', `${parsed.data.type} failed`);
      }
    },
  };
}

function dispatch<K extends MessageType>(
  message: MessageOf<K>,
  handlers: HandlerMap,
  sender: MessageSenderLike,
): Promise<ResponseOf<K>> {
  const handler: Handler<K> = handlers[message.type as K];
  return handler(message, sender);
}

function failure(code: MessageErrorCode, message: string): MessageError {
  return { ok: false, error: { code, message } };
}
