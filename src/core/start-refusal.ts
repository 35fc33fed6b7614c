/**
 * A reason not to start that whoever runs the bot can fix — a setting, a database that does
 * not match the code. `npm start` prints its message alone (no stack trace) and exits with 1.
 */
export class StartRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
