export function later(): void {
  setTimeout(() => undefined, 1);
}
