namespace Crm.Module; internal static class Placeholder { }
