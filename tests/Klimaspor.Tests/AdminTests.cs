using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>The operator's administrators register organisations and people; nobody else can.</summary>
public abstract class AdminTests(KlimasporApp app)
{
    private static async Task<List<string>> Columns(HttpResponseMessage response) =>
        [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()!)];

    [Fact]
    public async Task Organisation_SubUnitOfABuyer_RegisteredAndScoped()
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        var asker = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Asker).Select(o => o.Id).SingleAsync());

        // 910101013: a valid organisation number not used by the demo data.
        var response = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Asker kommune, Eiendom", orgNo = "910 101 013", kind = "Buyer", parentId = asker });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var unitUser = await app.ApiFor("910101013", Roles.FollowUpOfficer);
        var me = JsonDocument.Parse(await unitUser.GetStringAsync("/api/v1/me")).RootElement;
        Assert.Equal(1, me.GetProperty("buyerUnits").GetArrayLength());
    }

    [Fact]
    public async Task Organisation_BadInput_EveryMistakeNamedAndNothingStored()
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        var fjordbygg = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Fjordbygg).Select(o => o.Id).SingleAsync());
        var before = await app.WithDb(db => db.Organisations.CountAsync());

        var invalidNumber = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "", orgNo = "123456789", kind = "Buyer" });
        var taken = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Kopi", orgNo = OrgNo.Oslo, kind = "Pirate" });
        var supplierParent = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Fjordbygg Øst", orgNo = "915553338", kind = "Buyer", parentId = fjordbygg });

        Assert.Equal(["name", "orgNo"], (await Columns(invalidNumber)).Order());
        Assert.Equal(["kind", "orgNo"], (await Columns(taken)).Order());
        Assert.Equal(["parentId"], await Columns(supplierParent));
        Assert.Equal(before, await app.WithDb(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task User_CreatedWithFittingRole_CanSignIn()
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        var viken = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Viken).Select(o => o.Id).SingleAsync());

        var wrongRole = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "lars@viken.example", displayName = "Lars", organisationId = viken, role = Roles.SupplierReporter, password = "Langt-passord-2026" });
        var weakPassword = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "lars@viken.example", displayName = "Lars", organisationId = viken, role = Roles.Analyst, password = "kort" });
        var created = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "lars@viken.example", displayName = "Lars Analytiker", organisationId = viken, role = Roles.Analyst, password = "Langt-passord-2026" });

        Assert.Equal(["role"], await Columns(wrongRole));
        Assert.Contains("password", await Columns(weakPassword));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var browser = await app.SignedIn("lars@viken.example", "Langt-passord-2026");
        Assert.Contains("VFK-2024-055", await browser.GetStringAsync("/Contracts"));
    }

    [Fact]
    public async Task Administration_OthersThanSystemAdministrators_Refused()
    {
        var buyerAdmin = await app.ApiFor(OrgNo.Oslo, Roles.BuyerAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, (await buyerAdmin.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyerAdmin.PostAsJsonAsync("/api/v1/organisations", new { name = "X", orgNo = "944556672", kind = "Supplier" })).StatusCode);
    }

    [Fact]
    public async Task OrganisationPage_Create_ShowsItInTheList()
    {
        var admin = await app.SignedIn("drift@demo.klimaspor.no");

        var response = await KlimasporApp.PostForm(admin, "/Admin/Organisations", "/Admin/Organisations",
            new() { ["Input.Name"] = "Bærum Maskinservice AS", ["Input.OrgNo"] = "918 765 433", ["Input.Kind"] = "Supplier" });
        var html = await response.Content.ReadAsStringAsync();

        // Fjordbygg already has that number: the form says so beside the field and keeps what was typed.
        Assert.Contains("Organisasjonsnummer: Organisasjonsnummeret 918 765 433 er allerede registrert.", html);
        Assert.Contains("value=\"Bærum Maskinservice AS\"", html);

        response = await KlimasporApp.PostForm(admin, "/Admin/Organisations", "/Admin/Organisations",
            new() { ["Input.Name"] = "Bærum Maskinservice AS", ["Input.OrgNo"] = "955 667 727", ["Input.Kind"] = "Supplier" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetStringAsync("/Admin/Organisations");
        Assert.Contains("Bærum Maskinservice AS er registrert.", list);
        Assert.Contains("955667727", list);
    }
}

public sealed class AdminOnSqliteTests(SqliteApp app) : AdminTests(app), IClassFixture<SqliteApp>;

public sealed class AdminOnPostgresTests(PostgresApp app) : AdminTests(app), IClassFixture<PostgresApp>;
