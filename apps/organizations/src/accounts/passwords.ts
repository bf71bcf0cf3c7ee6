/** The same bounds wherever a password is chosen: account creation, reset, change. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
