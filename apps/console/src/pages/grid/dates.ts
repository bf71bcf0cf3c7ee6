/** Today in China, YYYY-MM-DD: the server's calendar for whether a term runs and which month a rota is. */
export const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
