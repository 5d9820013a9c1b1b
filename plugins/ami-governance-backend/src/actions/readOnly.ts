/** Every AMI governance action only reads: said explicitly so MCP clients may call them without asking. */
export const READ_ONLY = {
  readOnly: true,
  destructive: false,
  idempotent: true,
} as const;
