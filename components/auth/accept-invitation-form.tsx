// The form on /invite/[token]: the invited person's name and password.
import { ActionForm } from "@/components/ui/action-form";
import { NewPasswordField } from "./new-password-field";
import { TextField } from "../ui/fields";
import { acceptInvitationAction } from "@/lib/actions/users";

export function AcceptInvitationForm({ token }: { token: string }) {
  return (
    <ActionForm action={acceptInvitationAction} submitLabel="Create my account" pendingLabel="Creating…">
      <input type="hidden" name="token" value={token} />
      <TextField name="name" label="Your name" required autoComplete="name" hint="As colleagues should see it in the studio." />
      <NewPasswordField label="Password" />
    </ActionForm>
  );
}
