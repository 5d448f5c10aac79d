import type { Schema, Struct } from '@strapi/strapi';

export interface CasesHouseholdMember extends Struct.ComponentSchema {
  collectionName: 'components_cases_household_members';
  info: {
    description: 'Una persona che vive con il beneficiario / A person living with the beneficiary';
    displayName: 'Componente del nucleo / Household member';
  };
  attributes: {
    birthDate: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        gdpr: {
          personal: true;
        };
      }>;
    firstName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        gdpr: {
          personal: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    fiscalCode: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        gdpr: {
          personal: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 16;
      }>;
    lastName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        gdpr: {
          personal: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    livesWith: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    relation: Schema.Attribute.Enumeration<['spouse', 'partner', 'child', 'parent', 'sibling', 'grandparent', 'other']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        gdpr: {
          personal: true;
        };
      }>;
  };
}

export interface CasesRedemption extends Struct.ComponentSchema {
  collectionName: 'components_cases_redemptions';
  info: {
    description: "Una prestazione registrata dall'ente / A delivery recorded by the provider";
    displayName: 'Utilizzo del voucher / Voucher redemption';
  };
  attributes: {
    amount: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    quantity: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    recordedBy: Schema.Attribute.Relation<'oneToOne', 'plugin::users-permissions.user'>;
  };
}

export interface CatalogueLot extends Struct.ComponentSchema {
  collectionName: 'components_catalogue_lots';
  info: {
    description: 'Lotto di gara / Tender lot';
    displayName: 'Lotto / Tender lot';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    scope: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'cases.household-member': CasesHouseholdMember;
      'cases.redemption': CasesRedemption;
      'catalogue.lot': CatalogueLot;
    }
  }
}
