/**
 * How many actors a network view draws from: the default, the most a request may ask for, and the
 * sizes the explorer offers. Pure constants, shared by the API and the web app.
 */
export const DEFAULT_NETWORK_LIMIT = 1000;
export const MAX_NETWORK_LIMIT = 5000;
export const NETWORK_LIMIT_CHOICES: readonly number[] = [DEFAULT_NETWORK_LIMIT, 2000, MAX_NETWORK_LIMIT];
