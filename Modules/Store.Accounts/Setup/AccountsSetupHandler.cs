using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Store.Accounts.Roles;
using Store.Accounts.Users;
using Store.Core.Modules;
using Store.Core.Security;
using Store.Core.Setup;

namespace Store.Accounts.Setup;

/// <summary>At setup: the standard roles with their default permissions, and the administrator.</summary>
internal sealed class AccountsSetupHandler(UserManager<User> users, RoleManager<Role> roles, ModuleCatalog modules, TimeProvider time) : ISetupHandler
{
    public async Task SetupAsync(SetupRequest request, CancellationToken cancellationToken)
    {
        var permissions = CorePermissions.All.Concat(modules.Modules.SelectMany(m => m.Permissions)).ToList();
        foreach (var name in StoreRoles.All)
        {
            var role = new Role(name);
            Check(await roles.CreateAsync(role), "");
            foreach (var permission in permissions.Where(p => p.DefaultRoles.Contains(name)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission.Name)), "");
            }
        }

        var admin = new User
        {
            UserName = request.AdminEmail,
            Email = request.AdminEmail,
            EmailConfirmed = true,
            DisplayName = "Administrator",
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(admin, request.AdminPassword), "AdminPassword");
        Check(await users.AddToRoleAsync(admin, StoreRoles.Administrator), "");
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            var message = string.Join(" ", result.Errors.Select(e => e.Description));
            // Identity names password problems; anything else about the administrator belongs to the email field.
            var target = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "AdminPassword" : field.Length > 0 ? "AdminEmail" : "";
            throw new SetupException(target, message);
        }
    }
}
