export function Component() {
  return <h1 className="text-3xl font-bold">Compare the two names</h1>;
}
