// qrcode-terminal ships without types; this is the one call the adapter makes.
declare module "qrcode-terminal" {
  const qrcodeTerminal: {
    generate(input: string, options: { small?: boolean }, callback: (qr: string) => void): void;
  };
  export default qrcodeTerminal;
}
