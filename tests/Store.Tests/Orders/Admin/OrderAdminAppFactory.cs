using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Admin;

/// <summary>A shop whose days are Paris days and whose order admin shows five orders a page, so paging shows with few orders.</summary>
public sealed class OrderAdminAppFactory : ShopAppFactory
{
    public OrderAdminAppFactory()
    {
        Setting("Orders:ReportTimeZone", "Europe/Paris");
        Setting("Orders:AdminPageSize", "5");
    }
}
