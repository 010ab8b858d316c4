/** Shown in GraphiQL on first visit: what an analyst can ask. Run any operation by name. */
export const EXAMPLE_OPERATIONS = /* GraphQL */ `# Stance Graph: who said what about whom, 1954-1957.
# Pick an operation with the run button; read every type and field in the Docs pane.

# Everything Khrushchev said about Hoxha, in order, with the passage to check it.
query KhrushchevOnHoxha {
  statements(filter: { speakers: ["khrushchev"], targets: ["hoxha"] }, first: 50) {
    totalCount
    nodes {
      date stance intensity mode quote
      passage { index document { title citation } }
    }
  }
}

# Who spoke against Tito, and how often.
query AgainstTito {
  network(filter: { targets: ["tito"], stances: [oppose], includeOrganizations: true }) {
    edges { source target count firstDate lastDate }
    nodes { id name country }
  }
}

# Who connects Hoxha to Tito, through which statements.
query HoxhaToTito {
  paths(from: "hoxha", to: "tito", maxLength: 3) {
    length
    actors { name }
    steps { from { name } to { name } statements { speaker { name } stance quote date } }
  }
}

# Find anyone by any alias, accents optional.
query FindRankovic {
  search(query: "Rankovic") { kind id name matchedAlias score }
}

# A dossier: roles, what was said by and about a person, where they are named.
query TitoDossier {
  person(id: "tito") {
    name bio aliases
    roles { title from to organization { name } }
    statementsMade { date stance target { name } quote }
    statementsReceived { date stance speaker { name } quote }
    documents { title date }
  }
}

# How stances moved month by month.
query Timeline {
  timeline { month support oppose mixed neutral total }
}
`;
