// The forms on /forgot-password and /reset-password/[token].
import { ActionForm } from "@/components/ui/action-form";
import { NewPasswordField } from "./new-password-field";
import { TextField } from "@/components/ui/fields";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/password-reset";

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
      <NewPasswordField label="New password" />
    </ActionForm>
  );
}
