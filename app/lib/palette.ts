/**
 * The graph's colours, shared by the canvas's stylesheet, the legend and the exported pictures so
 * that all three say the same thing. Browser-safe and free of Cytoscape.
 */
export const STANCE_COLORS = {
  support: "#15803d",
  oppose: "#b91c1c",
  mixed: "#b45309",
  neutral: "#64748b",
} as const;

/**
 * Node fill by country, for people and for parties and states alike (a party or state is told
 * apart by its square shape), so that the LCY reads Yugoslav and the CPSU Soviet. Chosen apart
 * from the stance colours so nodes and edges never read alike.
 */
export const COUNTRY_COLORS: Record<string, string> = {
  "Soviet Union": "#7c3aed",
  Yugoslavia: "#1d4ed8",
  Albania: "#0e7490",
  Hungary: "#be185d",
  Bulgaria: "#854d0e",
  Other: "#475569",
};

/** The rings of the signed analysis's two camps: apart from the stances, the countries and the amber of selection. */
export const CAMP_COLORS = ["#db2777", "#0d9488"] as const;

export function countryColor(country: string | null | undefined): string {
  return COUNTRY_COLORS[country ?? "Other"] ?? COUNTRY_COLORS.Other!;
}

/** A country the palette has no colour of its own for is drawn, and listed, as "Other". */
export function countryKey(country: string | null | undefined): string {
  return country && country in COUNTRY_COLORS ? country : "Other";
}

export const STANCE_LABELS = { support: "Support", oppose: "Oppose", mixed: "Mixed", neutral: "Neutral" } as const;
