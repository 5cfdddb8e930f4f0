// The field where someone chooses a password (accepting an invitation, resetting a password):
// one place for its rule's hint and for what password managers need to offer a strong one.
import { TextField } from "@/components/ui/fields";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/passwords";

export function NewPasswordField({ label }: { label: string }) {
  return (
    <TextField
      name="password"
      label={label}
      type="password"
      required
      autoComplete="new-password"
      hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
    />
  );
}
