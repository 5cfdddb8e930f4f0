// The forms on /forgot-password and /reset-password/[token].
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/password-reset";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/passwords";

export function RequestResetForm() {
  return (
    <ActionForm action={requestPasswordResetAction} submitLabel="Send me a link" pendingLabel="Sending…">
      <TextField name="email" label="Email" type="email" required autoComplete="email" />
    </ActionForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPasswordAction} submitLabel="Set my new password" pendingLabel="Saving…">
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        required
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
    </ActionForm>
  );
}
