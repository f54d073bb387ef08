namespace Store.Tests.Orders.Fulfilment;

/// <summary>A shop whose invoices name a seller with a VAT number.</summary>
public sealed class InvoiceAppFactory : ShopAppFactory
{
    public InvoiceAppFactory()
    {
        Setting("Invoices:SellerName", "Store Test SAS");
        Setting("Invoices:SellerAddress:0", "3 Rue du Port");
        Setting("Invoices:SellerAddress:1", "69002 Lyon, France");
        Setting("Invoices:SellerVatNumber", "FR00123456789");
        Setting("Invoices:SellerTaxNumber", "SIRET 123 456 789 00012");
    }
}
