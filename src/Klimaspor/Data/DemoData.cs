using Klimaspor.Domain.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Data;

/// <summary>
/// Realistic Norwegian demo data for a newcomer's first login: Oslo kommune with three agencies, Asker kommune,
/// Viken fylkeskommune, seven invented suppliers (valid organisation numbers), contracts across categories, a user
/// for every role and the two demo API clients. Runs only on an empty database.
/// </summary>
public static class DemoData
{
    public const string Password = "Klimaspor-demo-2026";
    public const string SupplierClientId = "demo-supplier";
    public const string SupplierClientSecret = "demo-supplier-secret";
    public const string BuyerClientId = "demo-buyer";
    public const string BuyerClientSecret = "demo-buyer-secret";

    public static class OrgNo
    {
        public const string Operator = "987654325";
        public const string Oslo = "958935420";
        public const string Oslobygg = "924662107";
        public const string Bymiljoetaten = "974341026";
        public const string Renovasjonsetaten = "921045603";
        public const string Asker = "920662943";
        public const string Viken = "931456202";
        public const string Fjordbygg = "918765433";
        public const string Nordlys = "922334455";
        public const string GronnMaskin = "998877660";
        public const string Elvedal = "911223341";
        public const string RenBy = "933221148";
        public const string Skogstad = "944556672";
        public const string Vestmo = "922998817";
    }

    /// <summary>The demo logins, as the README lists them.</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string Role, string OrgNo)> Users =
    [
        ("drift@demo.klimaspor.no", "Dina Drift", Roles.SystemAdmin, OrgNo.Operator),
        ("oslo-admin@demo.klimaspor.no", "Ola Administrator", Roles.BuyerAdmin, OrgNo.Oslo),
        ("oslo-oppfolger@demo.klimaspor.no", "Kari Oppfølger", Roles.FollowUpOfficer, OrgNo.Oslo),
        ("oslo-analytiker@demo.klimaspor.no", "Anne Analytiker", Roles.Analyst, OrgNo.Oslo),
        ("oslobygg@demo.klimaspor.no", "Per Prosjektleder", Roles.FollowUpOfficer, OrgNo.Oslobygg),
        ("bym@demo.klimaspor.no", "Siri Bymiljø", Roles.FollowUpOfficer, OrgNo.Bymiljoetaten),
        ("asker@demo.klimaspor.no", "Arne Asker", Roles.FollowUpOfficer, OrgNo.Asker),
        ("viken@demo.klimaspor.no", "Vera Viken", Roles.FollowUpOfficer, OrgNo.Viken),
        ("fjordbygg@demo.klimaspor.no", "Frode Fjordbygg", Roles.SupplierReporter, OrgNo.Fjordbygg),
        ("nordlys@demo.klimaspor.no", "Nina Nordlys", Roles.SupplierReporter, OrgNo.Nordlys),
    ];

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    public static async Task<bool> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var calendar = new DemoCalendar(now, DemoCalendar.AsOf(services.GetRequiredService<IConfiguration>()["DemoData:AsOf"]));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var orgs = new Dictionary<string, Organisation>();
        Organisation Add(string orgNo, string name, OrganisationKind kind, string? parent = null)
        {
            var org = new Organisation { OrgNo = orgNo, Name = name, Kind = kind, ParentId = parent is null ? null : orgs[parent].Id, CreatedAt = now };
            orgs[orgNo] = org;
            db.Organisations.Add(org);
            return org;
        }

        Add(OrgNo.Operator, "Klimaspor drift", OrganisationKind.Operator);
        var oslo = Add(OrgNo.Oslo, "Oslo kommune", OrganisationKind.Buyer);
        // Oslo publishes its figures as open data (issue 15 item 6); Asker and Viken do not, so they appear nowhere in it.
        oslo.OpenDataPublished = true;
        oslo.OpenDataLicence = Domain.OpenData.OpenDataLicence.Nlod20.Code;
        oslo.OpenDataTitle = "Klimaeffekt av Oslo kommunes bygg- og anleggskontrakter";
        oslo.OpenDataDescription = "Energi etter energiklasse, utslipp (territorielt og livsløp), unngåtte utslipp, maskintimer og kjørte km fra "
            + "leverandørenes rapporter, summert per virksomhet, kontraktskategori og måned. Demodata.";
        oslo.OpenDataContactEmail = "klima@demo.klimaspor.no";
        oslo.OpenDataChangedAt = now;
        Add(OrgNo.Oslobygg, "Oslobygg KF", OrganisationKind.Buyer, OrgNo.Oslo);
        Add(OrgNo.Bymiljoetaten, "Bymiljøetaten", OrganisationKind.Buyer, OrgNo.Oslo);
        Add(OrgNo.Renovasjonsetaten, "Renovasjons- og gjenvinningsetaten", OrganisationKind.Buyer, OrgNo.Oslo);
        Add(OrgNo.Asker, "Asker kommune", OrganisationKind.Buyer);
        Add(OrgNo.Viken, "Viken fylkeskommune", OrganisationKind.Buyer);
        Add(OrgNo.Fjordbygg, "Fjordbygg Entreprenør AS", OrganisationKind.Supplier);
        Add(OrgNo.Nordlys, "Nordlys Anlegg AS", OrganisationKind.Supplier);
        Add(OrgNo.GronnMaskin, "Grønn Maskinutleie AS", OrganisationKind.Supplier);
        Add(OrgNo.Elvedal, "Elvedal Transport AS", OrganisationKind.Supplier);
        Add(OrgNo.RenBy, "Ren By Renovasjon AS", OrganisationKind.Supplier);
        Add(OrgNo.Skogstad, "Skogstad Service og Vedlikehold AS", OrganisationKind.Supplier);
        Add(OrgNo.Vestmo, "Vestmo Massetransport AS", OrganisationKind.Supplier);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var c in Contracts)
        {
            var contract = new Contract
            {
                Reference = c.Reference,
                Title = c.Title,
                BuyerUnitId = orgs[c.Buyer].Id,
                SupplierId = orgs[c.Supplier].Id,
                Category = c.Category,
                CpvCode = Cpv.GetValueOrDefault(c.Reference),
                FootprintCategory = FootprintCategories.DefaultFor(c.Category),
                StartDate = calendar.Move(c.Start),
                EndDate = calendar.Move(c.End),
                ValueNok = c.ValueNok,
                SanctionCapNok = c.SanctionCapNok,
                DoffinId = c.Doffin,
                ReportingFrequency = ReportingFrequency.Monthly,
                ReportDueDay = ContractRules.DefaultReportDueDay,
                CreatedAt = now,
                UpdatedAt = now,
                ArchivedAt = c.Archived ? now : null,
            };
            contract.Subcontractors.AddRange(c.Subcontractors.Select(s => new ContractSubcontractor { ContractId = contract.Id, OrganisationId = orgs[s].Id }));
            contract.Sites.AddRange(c.Sites.Select((s, i) => new ContractSite { ContractId = contract.Id, Position = i, Name = s.Name, Address = s.Address, Municipality = s.Municipality }));
            IEnumerable<string?> words = [c.Reference, c.Title, orgs[c.Buyer].Name, orgs[c.Supplier].Name, c.Supplier, c.Doffin,
                .. c.Subcontractors.Select(s => orgs[s].Name), .. c.Sites.SelectMany(s => new[] { s.Name, s.Address, s.Municipality })];
            contract.SearchText = Features.Contracts.ContractWriting.SearchText(words);
            db.Contracts.Add(contract);
        }

        await db.SaveChangesAsync(cancellationToken);

        var contractIds = await db.Contracts.ToDictionaryAsync(c => c.Reference, c => c.Id, cancellationToken);
        DemoReports.Add(db, contractIds, orgs.ToDictionary(o => o.Key, o => o.Value.Id), services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer>(), calendar);
        DemoTransport.Add(db, contractIds, orgs.ToDictionary(o => o.Key, o => o.Value.Id), services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer>(), calendar);
        DemoCases.AddWaivers(db, contractIds, orgs.ToDictionary(o => o.Key, o => o.Value.Id), calendar);
        DemoRequirements.Add(db, contractIds, now);
        DemoNetworks.Add(db, orgs.ToDictionary(o => o.Key, o => o.Value.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        // The deviations take their figures from the evaluation of what is saved above, before the evaluation at seeding.
        await DemoCases.AddDeviationsAsync(db, contractIds, calendar, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await DemoRequirements.EvaluateAsync(db, contractIds, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await DemoClimateBudget.AddAsync(services, db, calendar, cancellationToken);
        await DemoScenarios.AddAsync(db, now, cancellationToken);

        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        var users = services.GetRequiredService<UserManager<AppUser>>();
        // One hash for the shared demo password: hashing is deliberately slow, and every demo user has the same one.
        var passwordHash = services.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(null!, Password);
        foreach (var (email, name, role, orgNo) in Users)
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = orgs[orgNo].Id, PasswordHash = passwordHash };
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, role));
        }

        var clientHasher = services.GetRequiredService<IPasswordHasher<ApiClient>>();
        db.ApiClients.Add(NewClient(SupplierClientId, "Fjordbygg maskinsystem (demo)", SupplierClientSecret, orgs[OrgNo.Fjordbygg].Id, Roles.SupplierReporter));
        db.ApiClients.Add(NewClient(BuyerClientId, "Oslo kommune analyseverktøy (demo)", BuyerClientSecret, orgs[OrgNo.Oslo].Id, Roles.FollowUpOfficer));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;

        ApiClient NewClient(string id, string name, string secret, Guid org, string role)
        {
            var client = new ApiClient { ClientId = id, DisplayName = name, SecretHash = string.Empty, OrganisationId = org, Role = role, CreatedAt = now };
            client.SecretHash = clientHasher.HashPassword(client, secret);
            return client;
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo user could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private sealed record DemoSite(string Name, string? Address, string? Municipality);

    private sealed record DemoContract(
        string Reference, string Title, string Buyer, string Supplier, string[] Subcontractors, ContractCategory Category,
        DateOnly Start, DateOnly End, decimal ValueNok, string? Doffin, DemoSite[] Sites, bool Archived = false, decimal? SanctionCapNok = null);

    /// <summary>A date as the demo is written (<see cref="DemoCalendar.WrittenFor"/>); moved when saved.</summary>
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>Each demo contract's main CPV code, as its Doffin notice would name it (Regulation (EC) 2195/2002).</summary>
    private static readonly Dictionary<string, string> Cpv = new()
    {
        ["OBF-2024-017"] = "45215000-7",
        ["OBF-2025-003"] = "45214200-2",
        ["OBF-2025-021"] = "45214200-2",
        ["BYM-2024-112"] = "45233140-2",
        ["BYM-2025-008"] = "45233141-9",
        ["BYM-2025-041"] = "90620000-9",
        ["REG-2023-004"] = "90511000-2",
        ["REG-2025-015"] = "50114000-7",
        ["OK-2025-090"] = "15000000-8",
        ["ASK-2024-031"] = "45214200-2",
        ["ASK-2025-007"] = "45232400-6",
        ["ASK-2025-019"] = "60100000-9",
        ["ASK-2023-002"] = "50700000-2",
        ["VFK-2024-055"] = "45233162-2",
        ["VFK-2025-012"] = "60130000-8",
        ["VFK-2025-030"] = "45214200-2",
        ["VFK-2022-009"] = "45112000-5",
    };

    private static readonly DemoContract[] Contracts =
    [
        new("OBF-2024-017", "Økern sykehjem – grunnarbeider og råbygg", OrgNo.Oslobygg, OrgNo.Fjordbygg, [OrgNo.GronnMaskin, OrgNo.Vestmo],
            ContractCategory.Bygg, D(2024, 9, 1), D(2027, 6, 30), 412_000_000m, "2024-104512", [new("Økern sykehjem", "Lørenveien 41", "Oslo")],
            SanctionCapNok: 4_000_000m),
        new("OBF-2025-003", "Rehabilitering av Hasle skole", OrgNo.Oslobygg, OrgNo.Fjordbygg, [OrgNo.GronnMaskin],
            ContractCategory.Bygg, D(2025, 3, 1), D(2026, 12, 31), 168_500_000m, "2025-100871", [new("Hasle skole", "Tiedemanns gate 40", "Oslo")]),
        new("OBF-2025-021", "Tilbygg Bjørnholt skole", OrgNo.Oslobygg, OrgNo.Nordlys, [],
            ContractCategory.Bygg, D(2025, 8, 15), D(2027, 3, 31), 96_000_000m, "2025-103340", [new("Bjørnholt skole", "Slimeveien 17", "Oslo")]),
        new("BYM-2024-112", "Ring 2 Ullevål–Carl Berners plass, oppgradering", OrgNo.Bymiljoetaten, OrgNo.Nordlys, [OrgNo.Vestmo],
            ContractCategory.Anlegg, D(2024, 4, 1), D(2026, 10, 31), 238_000_000m, "2024-101977",
            [new("Ring 2 Ullevål", "Kirkeveien 166", "Oslo"), new("Ring 2 Carl Berners plass", "Trondheimsveien 100", "Oslo")]),
        new("BYM-2025-008", "Drift og vedlikehold av bydelsveier, Oslo øst", OrgNo.Bymiljoetaten, OrgNo.Skogstad, [],
            ContractCategory.DriftOgVedlikehold, D(2025, 1, 1), D(2028, 12, 31), 74_000_000m, "2024-108812", [new("Rode Oslo øst", null, "Oslo")]),
        new("BYM-2025-041", "Vinterdrift av sykkelveinettet", OrgNo.Bymiljoetaten, OrgNo.Skogstad, [OrgNo.GronnMaskin],
            ContractCategory.DriftOgVedlikehold, D(2025, 10, 1), D(2029, 4, 30), 52_300_000m, "2025-102214", [new("Sykkelveinettet, indre by", null, "Oslo")]),
        new("REG-2023-004", "Innsamling av husholdningsavfall, Groruddalen", OrgNo.Renovasjonsetaten, OrgNo.RenBy, [OrgNo.Elvedal],
            ContractCategory.Renovasjon, D(2023, 6, 1), D(2029, 5, 31), 311_000_000m, "2022-117305", [new("Groruddalen", null, "Oslo")]),
        new("REG-2025-015", "Reparasjon og service av renovasjonsbiler", OrgNo.Renovasjonsetaten, OrgNo.Skogstad, [],
            ContractCategory.ReparasjonOgService, D(2025, 2, 1), D(2027, 1, 31), 18_400_000m, "2024-110045", [new("Haraldrud verksted", "Brobekkveien 87", "Oslo")]),
        new("OK-2025-090", "Varelevering til kommunale barnehager og skoler", OrgNo.Oslo, OrgNo.Elvedal, [],
            ContractCategory.Varelevering, D(2025, 5, 1), D(2027, 4, 30), 27_900_000m, "2025-100199", []),
        new("ASK-2024-031", "Risenga ungdomsskole – grunnarbeider", OrgNo.Asker, OrgNo.Fjordbygg, [OrgNo.Vestmo],
            ContractCategory.Bygg, D(2024, 11, 1), D(2026, 8, 31), 88_000_000m, "2024-106630", [new("Risenga ungdomsskole", "Risengaveien 2", "Asker")]),
        new("ASK-2025-007", "VA-anlegg Slemmestad sentrum", OrgNo.Asker, OrgNo.Nordlys, [OrgNo.GronnMaskin],
            ContractCategory.Anlegg, D(2025, 4, 1), D(2026, 11, 30), 64_200_000m, "2025-101120", [new("Slemmestad sentrum", "Slemmestadveien", "Asker")]),
        new("ASK-2025-019", "Transporttjeneste for hjemmetjenesten", OrgNo.Asker, OrgNo.Elvedal, [],
            ContractCategory.Transporttjeneste, D(2025, 1, 1), D(2027, 12, 31), 21_600_000m, null, []),
        new("ASK-2023-002", "Vedlikehold av kommunale bygg", OrgNo.Asker, OrgNo.Skogstad, [],
            ContractCategory.DriftOgVedlikehold, D(2023, 1, 1), D(2024, 12, 31), 12_800_000m, "2022-109876", [], Archived: true),
        new("VFK-2024-055", "Fv. 167 Røykenveien – gang- og sykkelvei", OrgNo.Viken, OrgNo.Nordlys, [OrgNo.Vestmo, OrgNo.GronnMaskin],
            // Runs to the end of October, so the October report (the HVO delivery made from PFAD) is a period of the contract and evaluated.
            ContractCategory.Anlegg, D(2024, 5, 1), D(2026, 10, 31), 143_000_000m, "2024-102288", [new("Fv. 167 Røykenveien", null, "Asker")]),
        new("VFK-2025-012", "Skoleskyss Drammen og Lier", OrgNo.Viken, OrgNo.Elvedal, [],
            ContractCategory.Transporttjeneste, D(2025, 8, 1), D(2030, 7, 31), 96_500_000m, "2024-109901", []),
        new("VFK-2025-030", "Ås videregående skole – råbygg", OrgNo.Viken, OrgNo.Fjordbygg, [OrgNo.GronnMaskin],
            ContractCategory.Bygg, D(2025, 6, 1), D(2027, 9, 30), 205_000_000m, "2025-101505", [new("Ås videregående skole", "Kajaveien 5", "Ås")]),
        new("VFK-2022-009", "Masseforflytning, tilførselsvei E134", OrgNo.Viken, OrgNo.Vestmo, [],
            ContractCategory.Anlegg, D(2022, 3, 1), D(2023, 10, 31), 34_700_000m, "2021-118420", [new("E134 Eikeren", null, "Øvre Eiker")], Archived: true),
    ];
}
