using System.Net;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class UserAdminTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    [Fact]
    public async Task Search_by_email_or_name_and_filter_by_role()
    {
        var tag = Guid.NewGuid().ToString("n")[..8];
        var byEmail = $"zed-{tag}@example.com";
        await app.CreateCustomerAsync(byEmail, name: "Zed Person");
        await app.CreateCustomerAsync(Accounts.NewEmail(), name: $"Named {tag}");
        var admin = await app.SignedInAdminAsync();

        var both = await (await admin.GetAsync($"/admin/users?q={tag}")).HtmlAsync();
        Assert.Contains("2 users", both, StringComparison.Ordinal);
        Assert.Contains(byEmail, both, StringComparison.Ordinal);
        Assert.Contains($"Named {tag}", both, StringComparison.Ordinal);

        var administrators = await (await admin.GetAsync("/admin/users?role=Administrator")).HtmlAsync();
        Assert.Contains("1 user<", administrators, StringComparison.Ordinal);
        Assert.Contains(StoreAppFactory.AdminEmail, administrators, StringComparison.Ordinal);
        Assert.DoesNotContain(byEmail, administrators, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_paged_twenty_at_a_time()
    {
        var tag = Guid.NewGuid().ToString("n")[..8];
        for (var i = 0; i < 23; i++)
        {
            await app.CreateCustomerAsync($"page-{tag}-{i:00}@example.com");
        }

        var admin = await app.SignedInAdminAsync();
        var first = await (await admin.GetAsync($"/admin/users?q=page-{tag}")).HtmlAsync();
        var second = await (await admin.GetAsync($"/admin/users?q=page-{tag}&page=2")).HtmlAsync();

        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains($"page-{tag}-19@", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"page-{tag}-20@", first, StringComparison.Ordinal);
        Assert.Contains($"page-{tag}-22@", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/users?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/users?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Lock_signs_the_user_out_and_keeps_them_out_until_unlocked()
    {
        var email = Accounts.NewEmail();
        var id = await app.CreateCustomerAsync(email);
        var shopper = await app.SignedInCustomerAsync(email);
        var admin = await app.SignedInAdminAsync();

        var locked = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Lock");
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("The account is locked", await locked.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await shopper.GetAsync("/account")).StatusCode);
        Assert.Contains("The email or password is not correct.", await (await app.Browser().SignInAsync(email)).HtmlAsync(), StringComparison.Ordinal);

        await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Unlock");
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Assigning_a_role_grants_its_admin_permissions()
    {
        var email = Accounts.NewEmail();
        var id = await app.CreateCustomerAsync(email);
        var admin = await app.SignedInAdminAsync();
        var before = await app.SignedInCustomerAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await before.GetAsync("/admin")).StatusCode);

        var saved = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["SelectedRoles"] = "Merchandiser" }, $"/admin/users/{id}?handler=Roles");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // The session that knew the old roles has ended; a new sign-in carries the new ones.
        Assert.Equal(HttpStatusCode.Redirect, (await before.GetAsync("/admin")).StatusCode);
        var staff = await app.SignedInCustomerAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(["Merchandiser"], await app.WithUsersAsync(async users => await users.GetRolesAsync((await users.FindByIdAsync(id))!)));
    }

    [Fact]
    public async Task Unknown_roles_and_removing_ones_own_administrator_role_are_refused()
    {
        var email = Accounts.NewEmail();
        var id = await app.CreateCustomerAsync(email);
        var admin = await app.SignedInAdminAsync();
        var adminId = await app.WithUsersAsync(async users => (await users.FindByEmailAsync(StoreAppFactory.AdminEmail))!.Id);

        var unknown = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["SelectedRoles"] = "Emperor" }, $"/admin/users/{id}?handler=Roles");
        var self = await admin.SubmitAsync($"/admin/users/{adminId}", new Dictionary<string, string> { ["SelectedRoles"] = "Customer" }, $"/admin/users/{adminId}?handler=Roles");
        var lockSelf = await admin.SubmitAsync($"/admin/users/{adminId}", new Dictionary<string, string>(), $"/admin/users/{adminId}?handler=Lock");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, lockSelf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        var addSelf = await admin.SubmitAsync($"/admin/users/{adminId}", new Dictionary<string, string> { ["SelectedRoles"] = "Administrator" }, $"/admin/users/{adminId}?handler=Roles");
        Assert.Equal(HttpStatusCode.OK, addSelf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users/no-such-user")).StatusCode);
    }
}
