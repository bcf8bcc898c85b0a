export function Component() {
  return <h1 className="text-3xl font-bold">Find out what to submit</h1>;
}
