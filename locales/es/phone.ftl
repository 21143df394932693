# phone
