variable "reports_acl" {
  type    = string
  default = "authenticated-read"
}

resource "aws_s3_bucket_acl" "reports" {
  bucket = "acme-reports"
  acl    = var.reports_acl
}

data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket_acl" "assets" {
  bucket = "acme-assets"

  access_control_policy {
    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}
