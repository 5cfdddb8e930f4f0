import type { Metadata } from "next";
import { NoAccess } from "@/components/admin/guards";
import { SiteSettingsForm } from "@/components/admin/site-settings-form";
import { requireUser } from "@/lib/accounts/auth";
import { updateSiteSettingsAction } from "@/lib/actions/site-settings";
import { doiPatternTokens } from "@/lib/admin/doi-pattern";
import { getSiteSettingsForm, siteLanguages } from "@/lib/admin/site-settings";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";
import { licences } from "@/lib/reader/licences";

export const metadata: Metadata = { title: "Site settings", robots: { index: false } };

export default async function SiteSettingsPage() {
  const user = await requireUser(paths.studio.admin.settings());
  if (decideSite(user, "settings.manage") !== "allow") return <NoAccess title="Site settings" />;
  const { values, fallbackUrl } = await getSiteSettingsForm(user);
  return (
    <>
      <h1 className="page-title">Site settings</h1>
      <p className="lede">What the site calls itself and where it lives. Saving refreshes every public page, feed and citation at once.</p>
      <SiteSettingsForm
        action={updateSiteSettingsAction}
        values={values}
        fallbackUrl={fallbackUrl}
        languages={siteLanguages}
        licences={licences}
        timeZones={Intl.supportedValuesOf("timeZone")}
        doiTokens={doiPatternTokens}
      />
    </>
  );
}
