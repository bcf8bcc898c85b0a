export function Component() {
  return <h1 className="text-3xl font-bold">Check your certificate photo</h1>;
}
