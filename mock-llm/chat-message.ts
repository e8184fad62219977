/** A chat turn reduced to what the mock needs: who speaks and the plain text. */
export interface MockChatMessage {
  readonly role: "system" | "user" | "assistant" | "other";
  readonly content: string;
}

/** The text of the last `user` turn, where the worker puts the article. */
export function lastUserText(messages: readonly MockChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === "user") return message.content;
  }
  return "";
}
