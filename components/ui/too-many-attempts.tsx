// What a link opened by its secret (a share or review link) shows when its address guessed too often.
export function TooManyAttempts({ message }: { message: string }) {
  return (
    <div className="not-found">
      <h1 className="page-title">Too many attempts</h1>
      <p className="lede">{message}</p>
    </div>
  );
}
