using Microsoft.AspNetCore.Authorization;

namespace Store.Core.Security;

/// <summary>Guards a Razor Page or controller with a permission: <c>[RequirePermission("Catalog.ManageProducts")]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(Permission.PolicyPrefix + permission);
