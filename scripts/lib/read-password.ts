/**
 * A password from standard input: typed twice without echo at a terminal, or the first line of
 * whatever is piped in (`printf '%s\n' "$PW" | npm run users -- add ana --role curator`), so that
 * it never appears in the shell's history or the process list.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export async function readPassword(input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (!input.isTTY) return readPiped(input);
  const first = await promptHidden(input, "Password (at least 12 characters): ");
  const second = await promptHidden(input, "Repeat the password: ");
  if (first !== second) throw new UsageError("The two passwords differ; nothing was changed.");
  return first;
}

async function readPiped(input: NodeJS.ReadStream): Promise<string> {
  let text = "";
  for await (const chunk of input) text += String(chunk);
  const line = text.split(/\r?\n/)[0] ?? "";
  if (line === "") throw new UsageError("No password on standard input: pipe one in, or run this at a terminal to be asked for it.");
  return line;
}

function promptHidden(input: NodeJS.ReadStream, question: string): Promise<string> {
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (done: () => void) => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write("\n");
      done();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return finish(() => resolve(typed));
        if (char === "\u0003" || char === "\u0004") return finish(() => reject(new UsageError("Cancelled; nothing was changed.")));
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on("data", onData);
  });
}
