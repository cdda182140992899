variable "acl" {
  type = string
}

resource "aws_s3_bucket_acl" "configurable" {
  bucket = "acme-configurable"
  acl    = var.acl
}
