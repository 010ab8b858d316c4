import { DEFAULT_NETWORK_LIMIT, MAX_NETWORK_LIMIT } from "../network-limits";
import { LIST_LIMITS } from "./list-limits";

/** The public schema. Every type, field and argument carries a description: it is the API's manual. */
export const typeDefs = /* GraphQL */ `
  """
  A stance a speaker takes toward a target, as read from the text by the annotation guidelines
  (docs/annotation-guidelines.md).
  """
  enum Stance {
    "Approval, praise, trust, agreement, solidarity or defence of the target."
    support
    "Criticism, accusation, distrust, condemnation or hostility toward the target."
    oppose
    "Praise and criticism in the same breath, or support with an explicit reservation."
    mixed
    "An attitude without clear valence: a question, a request, a neutral assessment."
    neutral
  }

  "How the words reached the record."
  enum Mode {
    "The speaker's own words in minutes of a conversation."
    direct
    "Another person's account of what the speaker said, thought or did."
    reported
    "The author's own words in a document he or she wrote."
    written
  }

  "Whether an actor is a person or an organisation (a party, a state, an agency)."
  enum ActorKind {
    "A person from the people registry."
    person
    "An organisation or state from the organisations registry."
    organization
  }

  "What a search hit is."
  enum SearchKind {
    "A person."
    person
    "An organisation or state."
    organization
    "A source document."
    document
  }

  "Narrows statements. Every field is optional; omitted fields do not filter."
  input StatementFilter {
    "Earliest statement date, inclusive, as YYYY-MM-DD."
    from: String
    "Latest statement date, inclusive, as YYYY-MM-DD."
    to: String
    "Only statements with one of these stances."
    stances: [Stance!]
    "Only statements recorded in one of these modes."
    modes: [Mode!]
    "Only statements quoted from these documents (document ids)."
    documents: [ID!]
    "Only statements by these speakers (person or organisation ids)."
    speakers: [ID!]
    "Only statements about these targets (person or organisation ids)."
    targets: [ID!]
    "Only statements tagged with at least one of these topics."
    topics: [String!]
    "Include organisations and states as speakers and targets. Default: false for network views, true for statement lists."
    includeOrganizations: Boolean
  }

  "Anyone who speaks or is spoken of: a person or an organisation."
  interface Actor {
    "Stable id, e.g. tito or lcy."
    id: ID!
    "Canonical name."
    name: String!
    "Person or organisation."
    kind: ActorKind!
    "Every form of the name found in the texts, with transliteration and diacritic variants."
    aliases: [String!]!
    "The country the actor served, when known."
    country: String
    "One line on who this was in 1954–1957."
    bio: String
    "Statements this actor made, in date order."
    statementsMade(
      "How many, 1–${LIST_LIMITS.statements.max}."
      first: Int = ${LIST_LIMITS.statements.default}
    ): [Statement!]!
    "Statements about this actor, in date order."
    statementsReceived(
      "How many, 1–${LIST_LIMITS.statements.max}."
      first: Int = ${LIST_LIMITS.statements.default}
    ): [Statement!]!
    "Where the texts name this actor, in document and passage order."
    mentions(
      "How many mentions, 1–${LIST_LIMITS.actorMentions.max}."
      first: Int = ${LIST_LIMITS.actorMentions.default}
    ): [Mention!]!
    "Documents that mention this actor, in date order."
    documents(
      "How many, 1–${LIST_LIMITS.documents.max}."
      first: Int = ${LIST_LIMITS.documents.default}
    ): [Document!]!
  }

  "A person named in the corpus."
  type Person implements Actor {
    "Stable id, e.g. rankovic."
    id: ID!
    "Canonical name with diacritics, e.g. Aleksandar Ranković."
    name: String!
    "Always person."
    kind: ActorKind!
    "Every form of the name found in the texts (Ranković, Rankovic, Com. Rankovic, …)."
    aliases: [String!]!
    "The country the person served."
    country: String
    "One line on who this was in 1954–1957."
    bio: String
    "Year of birth, when known."
    born: Int
    "Year of death, when known."
    died: Int
    "Positions held in organisations, with years."
    roles: [Role!]!
    "Statements this person made, in date order."
    statementsMade(
      "How many, 1–${LIST_LIMITS.statements.max}."
      first: Int = ${LIST_LIMITS.statements.default}
    ): [Statement!]!
    "Statements about this person, in date order."
    statementsReceived(
      "How many, 1–${LIST_LIMITS.statements.max}."
      first: Int = ${LIST_LIMITS.statements.default}
    ): [Statement!]!
    "Where the texts name this person."
    mentions(
      "How many mentions, 1–${LIST_LIMITS.actorMentions.max}."
      first: Int = ${LIST_LIMITS.actorMentions.default}
    ): [Mention!]!
    "Documents that mention this person, in date order."
    documents(
      "How many, 1–${LIST_LIMITS.documents.max}."
      first: Int = ${LIST_LIMITS.documents.default}
    ): [Document!]!
  }

  "A party, state, agency or other body."
  type Organization implements Actor {
    "Stable id, e.g. cpsu."
    id: ID!
    "Canonical name, e.g. League of Communists of Yugoslavia."
    name: String!
    "Always organization."
    kind: ActorKind!
    "Every form of the name found in the texts (LCY, UCY, SKJ, …)."
    aliases: [String!]!
    "party, state, agency, body, movement or press."
    organizationKind: String
    "The country the organisation belongs to, when any."
    country: String
    "One line on what it was."
    bio: String
    "People who held positions in it."
    members(
      "How many, 1–${LIST_LIMITS.members.max}."
      first: Int = ${LIST_LIMITS.members.default}
    ): [Role!]!
    "Statements made in the organisation's name, in date order."
    statementsMade(
      "How many, 1–${LIST_LIMITS.statements.max}."
      first: Int = ${LIST_LIMITS.statements.default}
    ): [Statement!]!
    "Statements about the organisation, in date order."
    statementsReceived(
      "How many, 1–${LIST_LIMITS.statements.max}."
      first: Int = ${LIST_LIMITS.statements.default}
    ): [Statement!]!
    "Where the texts name the organisation."
    mentions(
      "How many mentions, 1–${LIST_LIMITS.actorMentions.max}."
      first: Int = ${LIST_LIMITS.actorMentions.default}
    ): [Mention!]!
    "Documents that mention the organisation, in date order."
    documents(
      "How many, 1–${LIST_LIMITS.documents.max}."
      first: Int = ${LIST_LIMITS.documents.default}
    ): [Document!]!
  }

  "A position a person held in an organisation."
  type Role {
    "The title, e.g. First Secretary."
    title: String!
    "First year in the position, when known."
    from: Int
    "Last year in the position, when known."
    to: Int
    "The person."
    person: Person!
    "The organisation."
    organization: Organization!
  }

  "A source document, with its archive citation."
  type Document {
    "Stable id, e.g. doc-1956-10-06-khrushchev-note."
    id: ID!
    "Title as the archive gives it."
    title: String!
    "Date of the document, YYYY-MM-DD."
    date: String!
    "letter, note, memorandum, encyclopedia-article, …"
    kind: String!
    "The archive's citation: fond, opis, file; translator; publication."
    citation: String!
    "The archive the text comes from."
    archive: String
    "A stable address of the source, when the archive has one."
    url: String
    "Translator of the English text."
    translator: String
    "Language of this text."
    language: String
    "Language of the original."
    originalLanguage: String
    "The archive's summary."
    summary: String
    "The archive's credit line."
    credits: String
    "Who wrote or signed it."
    authors: [Actor!]!
    "Who it is addressed to."
    recipients: [Actor!]!
    "The text, paragraph by paragraph."
    passages(
      "How many, 1–${LIST_LIMITS.passages.max}."
      first: Int = ${LIST_LIMITS.passages.default}
    ): [Passage!]!
    "Statements quoted from this document, in passage order."
    statements(
      "How many, 1–${LIST_LIMITS.documentStatements.max}."
      first: Int = ${LIST_LIMITS.documentStatements.default}
    ): [Statement!]!
  }

  "A paragraph of a document; statements cite passages."
  type Passage {
    "Stable id: <document id>-p<index>."
    id: ID!
    "Position in the document, from 1."
    index: Int!
    "The verbatim text."
    text: String!
    "The document it belongs to."
    document: Document!
    "Names found in the text, with offsets, in text order."
    mentions(
      "How many, 1–${LIST_LIMITS.passageMentions.max}."
      first: Int = ${LIST_LIMITS.passageMentions.default}
    ): [Mention!]!
    "Statements whose quote stands in this passage."
    statements(
      "How many, 1–${LIST_LIMITS.passageStatements.max}."
      first: Int = ${LIST_LIMITS.passageStatements.default}
    ): [Statement!]!
  }

  "An occurrence of an actor's name in a passage."
  type Mention {
    "Offset of the first character in the passage text (UTF-16 code units)."
    start: Int!
    "Offset just past the last character."
    end: Int!
    "The text as it stands, e.g. Rankovic."
    surface: String!
    "Who is named."
    actor: Actor!
    "Where."
    passage: Passage!
  }

  "One speaker's stance toward one target, backed by a verbatim quote in a cited passage."
  type Statement {
    "Stable id, e.g. s-1956-10-06-khrushchev-note-012."
    id: ID!
    "The exact words, a substring of the passage text."
    quote: String!
    "support, oppose, mixed or neutral."
    stance: Stance!
    "Strength from −2 (strong opposition) to +2 (strong support)."
    intensity: Int!
    "When the words were said or written, YYYY-MM-DD."
    date: String!
    "direct, reported or written."
    mode: Mode!
    "Topic tags."
    topics: [String!]!
    "The annotator's note on the reading, if any."
    note: String
    "Who expressed the stance."
    speaker: Actor!
    "Toward whom."
    target: Actor!
    "Whose account it is, when mode is reported."
    reportedBy: Person
    "The passage the quote stands in."
    passage: Passage!
    "The document the passage belongs to."
    document: Document!
    "Who last curated this statement through the API, if anyone."
    curatedBy: String
    "When it was last curated, ISO date-time."
    curatedAt: String
  }

  "Where a page of results ends."
  type PageInfo {
    "Whether another page follows."
    hasNextPage: Boolean!
    "Pass as after to get the next page."
    endCursor: String
  }

  "A page of statements."
  type StatementConnection {
    "Statements on this page, in (date, id) order."
    nodes: [Statement!]!
    "Where this page ends."
    pageInfo: PageInfo!
    "Statements matching the filter on all pages."
    totalCount: Int!
  }

  "A page of people or organisations."
  type ActorConnection {
    "Actors on this page, in name order."
    nodes: [Actor!]!
    "Where this page ends."
    pageInfo: PageInfo!
    "Actors on all pages."
    totalCount: Int!
  }

  "A ranked search result."
  type SearchHit {
    "person, organization or document."
    kind: SearchKind!
    "The id to pass to person, organization or document."
    id: ID!
    "Canonical name or document title."
    name: String!
    "The alias the query matched best, e.g. I.B. Tito."
    matchedAlias: String
    "Relevance from the full-text index; higher is better."
    score: Float!
    "Country, for actors."
    country: String
    "Date, for documents."
    date: String
  }

  "How many statements of each stance."
  type StanceCounts {
    "Statements of stance support."
    support: Int!
    "Statements of stance oppose."
    oppose: Int!
    "Statements of stance mixed."
    mixed: Int!
    "Statements of stance neutral."
    neutral: Int!
  }

  "A speaker or target in a derived stance network."
  type NetworkNode {
    "Stable id of the person or organisation."
    id: ID!
    "Canonical name."
    name: String!
    "Person or organisation."
    kind: ActorKind!
    "The country the actor served, when known."
    country: String
    "Statements this actor made under the filter."
    statementsMade: Int!
    "Statements about this actor under the filter."
    statementsReceived: Int!
    "Number of distinct actors this one spoke about or was spoken about by."
    degree: Int!
    "Mean intensity (−2…2) of the statements this actor received; null when none."
    balance: Float
  }

  "All statements of one speaker about one target under the filter, aggregated into one directed edge."
  type NetworkEdge {
    "Edge id: speakerId->targetId."
    id: ID!
    "Speaker id."
    source: ID!
    "Target id."
    target: ID!
    "Number of statements behind the edge."
    count: Int!
    "Statements per stance."
    counts: StanceCounts!
    "Mean intensity of the statements, −2…2."
    meanIntensity: Float!
    "The edge's overall stance (majority rule; cancelling support and opposition is mixed)."
    netStance: Stance!
    "Date of the earliest statement, YYYY-MM-DD."
    firstDate: String
    "Date of the latest statement, YYYY-MM-DD."
    lastDate: String
  }

  "A stance graph derived from statements under a filter."
  type Network {
    "Every actor that appears on an edge (and the centre of an ego network)."
    nodes: [NetworkNode!]!
    "One edge per (speaker, target) pair."
    edges: [NetworkEdge!]!
    "How many actors qualified for this view: with any statement in the corpus (network), or within reach, counted up to the limit (egoNetwork)."
    actorCount: Int!
    "The most actors this view draws from."
    limit: Int!
    "True when more actors qualified than the limit: only the most active (network) or the nearest (egoNetwork) are included."
    truncated: Boolean!
  }

  "One link of a path: the statements between two actors, either direction."
  type PathStep {
    "The actor this step leaves."
    from: Actor!
    "The actor this step reaches."
    to: Actor!
    "Statements between the two, either direction, in date order."
    statements(
      "How many, 1–${LIST_LIMITS.pathStatements.max}."
      first: Int = ${LIST_LIMITS.pathStatements.default}
    ): [Statement!]!
  }

  "A chain of actors linked by statements."
  type Path {
    "The actors in order, from the first to the last."
    actors: [Actor!]!
    "The links between consecutive actors."
    steps: [PathStep!]!
    "Number of links."
    length: Int!
  }

  "Statement counts in one month."
  type TimelineBucket {
    "The month, YYYY-MM."
    month: String!
    "Statements of stance support."
    support: Int!
    "Statements of stance oppose."
    oppose: Int!
    "Statements of stance mixed."
    mixed: Int!
    "Statements of stance neutral."
    neutral: Int!
    "All statements in the month."
    total: Int!
  }

  "Health of the service and its database."
  type Health {
    "ok when the database answers, unavailable otherwise."
    status: String!
    "Neo4j server version, e.g. 5.26.19."
    neo4jVersion: String
    "Neo4j edition, e.g. community."
    neo4jEdition: String
  }

  "Read-only entry points into the stance graph."
  type Query {
    "People, organisations and documents by any name or alias, case- and diacritic-insensitive, best first."
    search(
      "What to look for: a name, an alias (I.B. Tito, Rankovic, Kadar) or words of a title. At most 200 characters."
      query: String!
      "How many hits, 1–100."
      first: Int = 10
    ): [SearchHit!]!
    "A person by id; an error with code NOT_FOUND when there is none."
    person(
      "The person's id, e.g. tito."
      id: ID!
    ): Person!
    "An organisation by id; an error with code NOT_FOUND when there is none."
    organization(
      "The organisation's id, e.g. lcy."
      id: ID!
    ): Organization!
    "A person or organisation by id; an error with code NOT_FOUND when there is none."
    actor(
      "The actor's id."
      id: ID!
    ): Actor!
    "People (and organisations, on request) in name order, a page at a time."
    actors(
      "person, organization, or omit for both."
      kind: ActorKind
      "Page size, 1–100."
      first: Int = 50
      "endCursor of the previous page."
      after: String
    ): ActorConnection!
    "A document by id; an error with code NOT_FOUND when there is none."
    document(
      "The document's id, e.g. doc-1957-04-15-hoxha-khrushchev-memorandum."
      id: ID!
    ): Document!
    "Documents in date order."
    documents(
      "How many, 1–${LIST_LIMITS.allDocuments.max}."
      first: Int = ${LIST_LIMITS.allDocuments.default}
    ): [Document!]!
    "A statement by id; an error with code NOT_FOUND when there is none."
    statement(
      "The statement's id."
      id: ID!
    ): Statement!
    "Statements matching a filter in (date, id) order, a page at a time."
    statements(
      "Which statements; omit for all."
      filter: StatementFilter
      "Page size, 1–100."
      first: Int = 20
      "endCursor of the previous page."
      after: String
    ): StatementConnection!
    "The derived person-to-person stance network for a filter, ready to draw."
    network(
      "Which statements to aggregate; omit for all."
      filter: StatementFilter
      "Draw from at most this many actors (1–${MAX_NETWORK_LIMIT}), the most active in the whole corpus; the same ones under every filter. Null means the default."
      limit: Int = ${DEFAULT_NETWORK_LIMIT}
    ): Network!
    "The network within depth statements of one actor."
    egoNetwork(
      "The centre's id."
      id: ID!
      "How many statements away, 1–3."
      depth: Int = 1
      "Which statements count."
      filter: StatementFilter
    ): Network!
    "The shortest chains of actors linking two actors through statements (either direction), up to 10."
    paths(
      "Where the chains start."
      from: ID!
      "Where the chains end."
      to: ID!
      "Longest chain, in links, 1–4."
      maxLength: Int = 3
      "Earliest statement date that may link, YYYY-MM-DD."
      since: String
      "Latest statement date that may link, YYYY-MM-DD."
      until: String
    ): [Path!]!
    "Statement counts per month and stance, for a filter."
    timeline(
      "Which statements; omit for all."
      filter: StatementFilter
    ): [TimelineBucket!]!
    "Whether the database answers, and which Neo4j it is."
    health: Health!
  }

  "A new statement for curation; checked against the registries and the passage text."
  input StatementInput {
    "Stable id for the new statement, a lowercase slug."
    id: ID!
    "Speaker id (person or organisation)."
    speaker: ID!
    "Target id (person or organisation)."
    target: ID!
    "The stance."
    stance: Stance!
    "−2…2, consistent with the stance."
    intensity: Int!
    "How the words reached the record."
    mode: Mode!
    "Whose account it is; required when mode is reported (except in encyclopedia articles)."
    reportedBy: ID
    "The passage id the quote stands in, e.g. doc-1956-10-06-khrushchev-note-p12."
    passage: ID!
    "The exact words; must be found verbatim in the passage."
    quote: String!
    "When said, YYYY-MM-DD; defaults to the document's date."
    date: String
    "Topic tags."
    topics: [String!]
    "A note on the reading."
    note: String
  }

  "Changes to an existing statement; omitted fields stay as they are."
  input StatementChanges {
    "New stance."
    stance: Stance
    "New intensity."
    intensity: Int
    "New mode."
    mode: Mode
    "New reporter id."
    reportedBy: ID
    "New quote; must be found verbatim in the statement's passage."
    quote: String
    "New date, YYYY-MM-DD."
    date: String
    "New topics."
    topics: [String!]
    "New note."
    note: String
  }

  """
  Curation writes. Disabled unless the server has a CURATION_TOKEN; each call needs the header
  Authorization: Bearer <token>, and runs in one transaction.
  """
  type Mutation {
    "Adds a statement after checking speaker, target, passage and the quote."
    createStatement(
      "The statement."
      input: StatementInput!
      "Who is curating, for the record."
      curator: String!
    ): Statement!
    "Changes a statement; the quote, if changed, is checked against the passage."
    updateStatement(
      "The statement's id."
      id: ID!
      "What to change."
      changes: StatementChanges!
      "Who is curating, for the record."
      curator: String!
    ): Statement!
    "Retracts a statement: it stays in the database with who, when and why, and leaves every view."
    retractStatement(
      "The statement's id."
      id: ID!
      "Why it is retracted."
      reason: String!
      "Who is curating, for the record."
      curator: String!
    ): ID!
  }
`;
