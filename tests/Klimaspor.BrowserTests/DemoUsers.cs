namespace Klimaspor.BrowserTests;

/// <summary>Demo logins the tests use (see DemoData); all share DemoData.Password.</summary>
public static class DemoUsers
{
    /// <summary>Ola Administrator, buyer administrator at Oslo kommune.</summary>
    public const string OsloAdmin = "oslo-admin@demo.klimaspor.no";

    /// <summary>Anne Analytiker, analyst at Oslo kommune.</summary>
    public const string OsloAnalyst = "oslo-analytiker@demo.klimaspor.no";

    /// <summary>Kari Oppfølger, follow-up officer at Oslo kommune, which has Oslobygg KF among its units.</summary>
    public const string OsloFollowUp = "oslo-oppfolger@demo.klimaspor.no";

    /// <summary>Dina Drift, system administrator: factor sets and organisations.</summary>
    public const string SystemAdministrator = "drift@demo.klimaspor.no";

    /// <summary>Frode Fjordbygg, supplier reporter at Fjordbygg Entreprenør AS.</summary>
    public const string Fjordbygg = "fjordbygg@demo.klimaspor.no";

    /// <summary>Per Prosjektleder, follow-up officer at Oslobygg KF.</summary>
    public const string OslobyggFollowUp = "oslobygg@demo.klimaspor.no";

    /// <summary>Arne Asker, follow-up officer at Asker kommune.</summary>
    public const string AskerFollowUp = "asker@demo.klimaspor.no";

    /// <summary>Nina Nordlys, supplier reporter at Nordlys Anlegg AS.</summary>
    public const string Nordlys = "nordlys@demo.klimaspor.no";
}
