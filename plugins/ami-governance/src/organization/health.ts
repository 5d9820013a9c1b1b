/** How bad a state is. The colour that shows it only repeats the words next to it. */
export type Health = 'ok' | 'warning' | 'error' | 'pending' | 'unknown';
