using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Roles;
using Store.Core.Security;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>Administrators protect each other: every role and lock change is audited, and the last administrator stays.</summary>
public sealed class AdminProtectionTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private const string LastAdministrator = "The shop must keep at least one administrator who can sign in";

    [Fact]
    public async Task Role_changes_locks_and_unlocks_are_in_the_audit_log()
    {
        var email = Accounts.NewEmail("audited");
        var id = await app.CreateCustomerAsync(email);
        var admin = await app.SignedInAdminAsync();

        await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["SelectedRoles"] = StoreRoles.Merchandiser }, $"/admin/users/{id}?handler=Roles");
        await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Lock");
        await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Unlock");

        var log = await (await admin.GetAsync("/admin/audit")).HtmlAsync();
        var rows = log.Split("<tr>").Where(r => r.Contains(email, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Unlocked", rows[0], StringComparison.Ordinal);
        Assert.Contains("Locked", rows[1], StringComparison.Ordinal);
        Assert.Contains("Roles changed", rows[2], StringComparison.Ordinal);
        Assert.Contains("added Merchandiser; removed Customer", rows[2], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains(StoreAppFactory.AdminEmail, r, StringComparison.Ordinal));
        // To the second, in the reader's culture (English here: 11/25/2026 12:00:00 PM).
        Assert.All(rows, r => Assert.Matches(@"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d:\d\d", r));
    }

    [Fact]
    public async Task A_user_manager_who_is_not_an_administrator_cannot_remove_or_lock_the_last_administrator()
    {
        var manager = Accounts.NewEmail("manager");
        await app.CreateCustomerAsync(manager);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<Role>>();
            var role = new Role { Name = "User manager " + Guid.NewGuid().ToString("n")[..6] };
            Assert.True((await roles.CreateAsync(role)).Succeeded);
            await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, "Accounts.ManageUsers"));
            await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, CorePermissions.AccessAdmin.Name));
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Store.Accounts.Users.User>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync(manager))!, role.Name!)).Succeeded);
        }

        var adminId = await app.WithUsersAsync(async users => (await users.FindByEmailAsync(StoreAppFactory.AdminEmail))!.Id);
        var client = await app.SignedInAdminAsync(manager, Accounts.Password);

        var removed = await client.SubmitAsync($"/admin/users/{adminId}", new Dictionary<string, string> { ["SelectedRoles"] = StoreRoles.Merchandiser }, $"/admin/users/{adminId}?handler=Roles");
        var locked = await client.SubmitAsync($"/admin/users/{adminId}", new Dictionary<string, string>(), $"/admin/users/{adminId}?handler=Lock");

        Assert.Equal(HttpStatusCode.BadRequest, removed.StatusCode);
        Assert.Contains(LastAdministrator, await removed.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains(LastAdministrator, await locked.HtmlAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithUsersAsync(async users => await users.IsInRoleAsync((await users.FindByEmailAsync(StoreAppFactory.AdminEmail))!, StoreRoles.Administrator)));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SubmitAsync("/admin/login", new Dictionary<string, string> { ["Email"] = StoreAppFactory.AdminEmail, ["Password"] = StoreAppFactory.AdminPassword })).StatusCode);
    }

    [Fact]
    public async Task Two_administrators_removing_each_other_at_once_leave_one()
    {
        var first = Accounts.NewEmail("first-admin");
        var second = Accounts.NewEmail("second-admin");
        var firstId = await CreateAdministratorAsync(first);
        var secondId = await CreateAdministratorAsync(second);
        // The setup's administrator steps aside (locked) so these two are the only ones who can sign in.
        var original = await app.WithUsersAsync(async users => (await users.FindByEmailAsync(StoreAppFactory.AdminEmail))!);
        var firstClient = await app.SignedInAdminAsync(first, Accounts.Password);
        var secondClient = await app.SignedInAdminAsync(second, Accounts.Password);
        await app.WithUsersAsync(async users => await users.SetLockoutEndDateAsync((await users.FindByIdAsync(original.Id))!, DateTimeOffset.MaxValue));
        var firstPage = FormPost.TokenOf(await (await firstClient.GetAsync($"/admin/users/{secondId}")).HtmlAsync());
        var secondPage = FormPost.TokenOf(await (await secondClient.GetAsync($"/admin/users/{firstId}")).HtmlAsync());

        try
        {
            await Task.WhenAll(
                firstClient.PostFormAsync($"/admin/users/{secondId}?handler=Lock", new Dictionary<string, string>(), firstPage),
                secondClient.PostFormAsync($"/admin/users/{firstId}?handler=Lock", new Dictionary<string, string>(), secondPage));

            var stillIn = await app.WithUsersAsync(async users => new[]
            {
                !await users.IsLockedOutAsync((await users.FindByIdAsync(firstId))!),
                !await users.IsLockedOutAsync((await users.FindByIdAsync(secondId))!),
            });
            Assert.Contains(true, stillIn);
        }
        finally
        {
            await app.WithUsersAsync(async users => await users.SetLockoutEndDateAsync((await users.FindByIdAsync(original.Id))!, null));
        }
    }

    private async Task<string> CreateAdministratorAsync(string email)
    {
        var id = await app.CreateCustomerAsync(email);
        await app.WithUsersAsync(async users => await users.AddToRoleAsync((await users.FindByIdAsync(id))!, StoreRoles.Administrator));
        return id;
    }
}
