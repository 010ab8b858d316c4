import fs from "node:fs";
import neo4j from "neo4j-driver";

/**
 * CSV files in the form Neo4j's bulk importer reads (`neo4j-admin database import full`): a typed
 * header (`born:float`, `aliases:string[]`, `date:date`), every string quoted (so that "" is an
 * empty string and an empty field is no property at all), arrays joined by a control character no
 * validated text holds. The column types are the ones the transactional load's values get from the
 * driver: a JavaScript number is sent as a float, a neo4j Integer as an integer.
 */

export type ColumnType = "string" | "string[]" | "float" | "long" | "boolean" | "date";

/** The importer's array delimiter (also between the labels of a `:LABEL` column): U+001F, the unit separator. */
export const ARRAY_DELIMITER = "\u001f";
export const ARRAY_DELIMITER_OPTION = "U+001F";

export class BulkCsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BulkCsvError";
  }
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function encode(value: unknown, type: ColumnType, where: () => string): string {
  if (value === undefined || value === null) return "";
  switch (type) {
    case "string":
    case "date":
      if (typeof value !== "string") throw new BulkCsvError(`${where()}: expected a string, found ${typeof value}`);
      return quote(value);
    case "string[]": {
      if (!Array.isArray(value)) throw new BulkCsvError(`${where()}: expected a list`);
      const items = value.map(String);
      if (items.some((s) => s.includes(ARRAY_DELIMITER))) throw new BulkCsvError(`${where()}: a value holds U+001F, the importer's list delimiter`);
      // An empty list has no form in the importer's CSV; the caller sets it after the import.
      return items.length === 0 ? "" : quote(items.join(ARRAY_DELIMITER));
    }
    case "float":
      if (typeof value !== "number") throw new BulkCsvError(`${where()}: expected a number`);
      return String(value);
    case "long":
      if (neo4j.isInt(value)) return value.toString();
      if (typeof value === "number" && Number.isInteger(value)) return String(value);
      throw new BulkCsvError(`${where()}: expected an integer`);
    case "boolean":
      if (typeof value !== "boolean") throw new BulkCsvError(`${where()}: expected a boolean`);
      return String(value);
  }
}

/**
 * One importer CSV file: fixed leading columns (ids, labels, endpoints) and typed property columns.
 * A row with a property the columns do not name is refused, so that a field added to the
 * transactional load's rows cannot silently go missing here. Rows are written as they come, a
 * megabyte at a time, rather than joined into one string at the end: at 100k statements the
 * files are hundreds of megabytes of short-lived strings otherwise.
 */
export class CsvFile {
  private readonly columns: [string, ColumnType][];
  private readonly fd: number;
  private buffered: string[] = [];
  private bufferedLength = 0;
  private hasNewline = false;
  private closed = false;
  rows = 0;

  constructor(
    readonly file: string,
    fixed: string[],
    private readonly properties: Record<string, ColumnType>,
  ) {
    this.columns = Object.entries(properties);
    this.fd = fs.openSync(file, "w");
    this.push([...fixed, ...this.columns.map(([name, type]) => `${name}:${type}`)].join(","));
  }

  private push(line: string): void {
    this.buffered.push(line);
    this.bufferedLength += line.length + 1;
    if (this.bufferedLength >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.buffered.length === 0) return;
    fs.writeSync(this.fd, `${this.buffered.join("\n")}\n`);
    this.buffered = [];
    this.bufferedLength = 0;
  }

  /** `lead` fills the fixed columns (raw text, quoted here), `props` the typed ones. */
  add(lead: string[], props: Record<string, unknown>): void {
    for (const key in props) {
      if (props[key] !== undefined && !(key in this.properties)) throw new BulkCsvError(`${this.file}: no column for the property "${key}"`);
    }
    let line = lead.map(quote).join(",");
    for (const [name, type] of this.columns) {
      line += `,${encode(props[name], type, () => `${this.file}, row ${this.rows + 1}, ${name}`)}`;
    }
    if (!this.hasNewline && (line.includes("\n") || line.includes("\r"))) this.hasNewline = true;
    this.push(line);
    this.rows++;
  }

  /** Writes what is left and closes the file; true when a field spans lines (the importer must be told which files do). */
  save(): boolean {
    try {
      this.flush();
    } finally {
      this.close();
    }
    return this.hasNewline;
  }

  /** Closes the file without writing what is left (the load failed); harmless when saved. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }
}

/** Characters gathered before a write: large enough that writes are few, small enough to stay young. */
const FLUSH_AT = 1 << 20;
