"use client";

import { useId, useState } from "react";
import { CreateActorOnTheSpotDocument, type ActorKind } from "@/graph/shared/generated/graphql";
import { actorIdOf, type ActorRef } from "../../lib/annotation/draft";
import { describeError } from "../../lib/data/load";
import { writeGraphQL } from "../../lib/data/use-graphql";
import { FIELD, LABEL, PRIMARY, Problem, SECONDARY } from "./styles";

/** A new person or organisation, made while annotating (createActor), with its aliases. */
export function NewActorForm({
  label,
  onCreated,
  onCancel,
}: {
  label: string;
  onCreated: (actor: ActorRef) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState<string | null>(null);
  const [kind, setKind] = useState<ActorKind>("person");
  const [aliases, setAliases] = useState("");
  const [country, setCountry] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const actorId = slug ?? actorIdOf(name, kind);

  const create = async () => {
    if (!name.trim()) return setProblem("Give the name.");
    setBusy(true);
    setProblem(undefined);
    try {
      const input = {
        id: actorId,
        name: name.trim(),
        kind,
        aliases: aliases
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean),
        country: country.trim() || null,
      };
      const { createActor } = await writeGraphQL(CreateActorOnTheSpotDocument, {
        input,
        reason: "Named in a passage being annotated",
      });
      onCreated({ id: createActor.id, name: createActor.name });
    } catch (error) {
      setProblem(describeError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="space-y-2 rounded border border-slate-300 p-2 dark:border-slate-700" data-testid="new-actor">
      <legend className="px-1 text-xs font-medium">New person or organisation as {label.toLowerCase()}</legend>
      <div>
        <label className={LABEL} htmlFor={`${id}-name`}>
          Name
        </label>
        <input id={`${id}-name`} className={FIELD} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </div>
      <div className="flex gap-2">
        <div className="flex-1">
          <label className={LABEL} htmlFor={`${id}-kind`}>
            Kind
          </label>
          <select id={`${id}-kind`} className={FIELD} value={kind} onChange={(e) => setKind(e.target.value as ActorKind)}>
            <option value="person">person</option>
            <option value="organization">organisation</option>
          </select>
        </div>
        <div className="flex-1">
          <label className={LABEL} htmlFor={`${id}-country`}>
            Country
          </label>
          <input
            id={`${id}-country`}
            className={FIELD}
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            placeholder="e.g. Yugoslavia"
          />
        </div>
      </div>
      <div>
        <label className={LABEL} htmlFor={`${id}-aliases`}>
          Aliases, comma-separated
        </label>
        <input
          id={`${id}-aliases`}
          className={FIELD}
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          placeholder="other forms of the name in the texts"
        />
      </div>
      <div>
        <label className={LABEL} htmlFor={`${id}-slug`}>
          Id
        </label>
        <input
          id={`${id}-slug`}
          className={`${FIELD} font-mono`}
          value={actorId}
          onChange={(e) => setSlug(e.target.value)}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
      </div>
      <Problem id={`${id}-problem`} text={problem} />
      <div className="flex gap-2">
        <button type="button" className={PRIMARY} disabled={busy} onClick={() => void create()}>
          Add {kind === "person" ? "person" : "organisation"}
        </button>
        <button type="button" className={SECONDARY} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
